import { describe, expect, it } from 'vitest';
import { groupBy } from '../../src/lib/group.ts';

describe('groupBy', () => {
  it('groups items by key in their order and leaves out items without a key', () => {
    const items = [
      { id: 'a/1/t1', measure: 'a/1' },
      { id: 'a/2/t1', measure: null },
      { id: 'b/1/t1', measure: 'b/1' },
      { id: 'a/1/t2', measure: 'a/1' },
    ];
    const groups = groupBy(items, (x) => x.measure);
    expect([...groups.keys()]).toEqual(['a/1', 'b/1']);
    expect(groups.get('a/1')!.map((x) => x.id)).toEqual(['a/1/t1', 'a/1/t2']);
    expect(groups.get('a/2')).toBeUndefined();
  });
});
