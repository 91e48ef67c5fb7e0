import { describe, expect, it } from 'vitest';
import { searchWords } from '../../src/utils/search-words.ts';

describe('searchWords', () => {
  it('splits Chinese names as the browser splits a query, once per word', () => {
    expect(searchWords(['市科技局', '重庆市科学技术局']).split(' ')).toEqual(['市', '科技', '局', '重庆', '科学', '技术']);
  });

  it('lower-cases Latin words, drops punctuation and missing names', () => {
    expect(searchWords(['Tax Service, State Taxation Administration', null, undefined, '（重庆）'])).toBe('tax service state taxation administration 重庆');
  });
});
