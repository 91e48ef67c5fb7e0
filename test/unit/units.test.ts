import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadUnitRegistry, looksLikeUnitFragment, otherJurisdiction, resolveUnitList, tokenizeUnits } from '../../src/ingest/recognisers/units.ts';
import { contactHolder, measureContact } from '../../src/lib/contact.ts';
import { inputErrors } from '../helpers.ts';
import { ROOT, unitRegistry } from './_seeds.ts';

const yamlText = readFileSync(`${ROOT}content/units.yaml`, 'utf8');
const reg = unitRegistry();

/** The registry's errors as one: every problem's message, and the first problem's line. */
function loadError(text: string): { message: string; line: number | null } {
  const errors = inputErrors(() => loadUnitRegistry('units.yaml', text));
  return { message: errors.map((e) => e.message).join('\n'), line: errors[0]!.line };
}

const entry = (id: string, aliases: string[], successor: string | null = null) => `
- id: ${id}
  name: {zh: ${aliases[0]}, en: "X"}
  fullName: null
  enBasis: informal
  aliases: [${aliases.join(', ')}]
  kind: department
  successor: ${successor ?? 'null'}
  successorBasis: ${successor ? 'general-knowledge' : 'null'}
  note: null
`;

describe('loadUnitRegistry on content/units.yaml', () => {
  it('loads every entry of the file', () => {
    const idLines = yamlText.match(/^- id: /gm)!.length;
    expect(reg.entries).toHaveLength(idLines);
    expect(new Set(reg.entries.map((e) => e.id)).size).toBe(idLines);
  });

  it('maps short names, full names and seed spellings to ids', () => {
    expect(reg.byAlias.get('市科委')).toBe('cq-sti-commission');
    expect(reg.byAlias.get('重庆市科学技术委员会')).toBe('cq-sti-commission');
    expect(reg.byAlias.get('市科技局')).toBe('cq-sti-bureau');
    expect(reg.byAlias.get('市发展改革委')).toBe('cq-development-reform-commission');
    expect(reg.byAlias.get('市商委')).toBe('cq-commerce-commission-pre-2018');
    expect(reg.byAlias.get('市商务委')).toBe('cq-commerce-commission');
    expect(reg.byAlias.get('各区县（自治县）人民政府')).toBe('district-county-governments');
    expect(reg.byAlias.get('区县政府')).toBe('district-county-governments');
    expect(reg.byAlias.get('有关区县（自治县）人民政府')).toBe('relevant-district-county-governments');
    expect(reg.byAlias.get('市政府有关部门')).toBe('relevant-municipal-departments');
    expect(reg.byAlias.get('市科学技术局')).toBeUndefined();
  });

  it('sorts aliases longest first so that matchers try 西部科学城重庆高新区管委会 before 高新区管委会', () => {
    for (let i = 1; i < reg.aliases.length; i++) expect(reg.aliases[i - 1]!.length).toBeGreaterThanOrEqual(reg.aliases[i]!.length);
    expect(reg.aliases.indexOf('西部科学城重庆高新区管委会')).toBeLessThan(reg.aliases.indexOf('高新区管委会'));
    expect(reg.aliases.indexOf('各区县政府')).toBeLessThan(reg.aliases.indexOf('区县政府'));
    expect(new Set(reg.aliases).size).toBe(reg.aliases.length);
  });
});

describe('loadUnitRegistry: invalid registries', () => {
  it('reports YAML syntax errors with their line', () => {
    const err = loadError('- id: a\n  aliases: [市科委\n  kind: department\n');
    expect(err.message).toMatch(/not valid YAML/);
    expect(err.line).not.toBeNull();
  });

  it('reports every schema problem of an entry, each with its line', () => {
    const messages = inputErrors(() => loadUnitRegistry('units.yaml', '- id: Bad_Id\n  aliases: []\n')).map((e) => e.message);
    expect(messages).toContain('units.yaml:1: entry 0.id: Invalid string: must match pattern /^[a-z0-9]+(-[a-z0-9]+)*$/');
    expect(messages).toContain('units.yaml:2: entry 0.aliases: Too small: expected array to have >=1 items');
    // a missing field is reported at its entry's line
    expect(messages).toContain('units.yaml:1: entry 0.kind: Invalid option: expected one of "department"|"party-organ"|"zone-committee"|"central-office"|"organization"|"group"');
  });

  it('rejects an empty alias (it names no unit)', () => {
    const errors = inputErrors(() => loadUnitRegistry('units.yaml', entry('a-unit', ['市甲委', '""'])));
    expect(errors.map((e) => e.message)).toEqual(['units.yaml:6: entry 0.aliases.1: is empty: write the text, or null where it is not known']);
  });

  it('rejects duplicate ids at the line of the second', () => {
    expect(loadError(entry('a-unit', ['市甲委']) + entry('a-unit', ['市乙委'])).message).toBe('units.yaml:12: duplicate unit id a-unit (also at line 2)');
  });

  it('rejects an alias given to two units at the line of the alias', () => {
    expect(loadError(entry('a-unit', ['市甲委']) + entry('b-unit', ['市乙委', '市甲委'])).message).toBe('units.yaml:16: alias 市甲委 belongs to both a-unit and b-unit');
  });

  it('reports every registry problem in one run', () => {
    const text = entry('a-unit', ['市甲委']) + entry('a-unit', ['市乙委']) + entry('b-unit', ['市丙委', '市甲委'], 'no-such-unit');
    expect(inputErrors(() => loadUnitRegistry('units.yaml', text)).map((e) => e.message)).toEqual([
      'units.yaml:12: duplicate unit id a-unit (also at line 2)',
      'units.yaml:26: alias 市甲委 belongs to both a-unit and b-unit',
      'units.yaml:28: unit b-unit: successor no-such-unit is not in the registry',
    ]);
  });

  it('rejects a successor that is not in the registry', () => {
    expect(loadError(entry('a-unit', ['市甲委'], 'no-such-unit')).message).toBe('units.yaml:8: unit a-unit: successor no-such-unit is not in the registry');
  });

  it('accepts a small valid registry', () => {
    const r = loadUnitRegistry('u.yaml', entry('a-unit', ['市甲委', '重庆市甲委员会']) + entry('b-unit', ['市乙委'], 'a-unit'));
    expect(r.entries.map((e) => e.id)).toEqual(['a-unit', 'b-unit']);
    expect(r.aliases).toEqual(['重庆市甲委员会', '市乙委', '市甲委']);
  });
});

/** A unit entry with a contact block (YAML lines, indented as in units.yaml). */
const withContact = (id: string, alias: string, contact: string, extra: { successor?: string; kind?: string } = {}) =>
  entry(id, [alias], extra.successor ?? null).replace('kind: department', `kind: ${extra.kind ?? 'department'}`) + `  contact:\n${contact.replace(/^/gm, '    ')}\n`;
const goodContact = `website: "https://jia.example.gov.cn/"
address: 甲市某路1号
phone: null
sources:
  - {url: "https://jia.example.gov.cn/notice/1.html", seen: 2026-11-25, supports: [website, address]}`;

describe('loadUnitRegistry: contacts', () => {
  it('accepts a contact whose every fact a source supports, and gives null to units without one', () => {
    const r = loadUnitRegistry('u.yaml', withContact('a-unit', '市甲委', goodContact) + entry('b-unit', ['市乙委']));
    expect(r.entries[0]!.contact).toEqual({
      website: 'https://jia.example.gov.cn/',
      address: '甲市某路1号',
      phone: null,
      sources: [{ url: 'https://jia.example.gov.cn/notice/1.html', seen: '2026-11-25', supports: ['website', 'address'] }],
    });
    expect(r.entries[1]!.contact).toBeNull();
  });

  it('rejects a fact that no source supports', () => {
    const contact = goodContact.replace('phone: null', 'phone: "023-12345678"');
    expect(loadError(withContact('a-unit', '市甲委', contact)).message).toMatch(/contact\.phone: no source supports the phone/);
  });

  it('rejects a source that supports a fact which is null', () => {
    const contact = goodContact.replace('supports: [website, address]', 'supports: [website, address, phone]');
    expect(loadError(withContact('a-unit', '市甲委', contact)).message).toMatch(/a source supports the phone, but the phone is null/);
  });

  it('rejects a contact with no fact at all, and one with no source', () => {
    const empty = 'website: null\naddress: null\nphone: null\nsources:\n  - {url: "https://a.example.cn/", seen: 2026-11-25, supports: [website]}';
    expect(loadError(withContact('a-unit', '市甲委', empty)).message).toMatch(/a source supports the website, but the website is null/);
    expect(loadError(withContact('a-unit', '市甲委', 'website: "https://a.example.cn/"\naddress: null\nphone: null\nsources: []')).message).toMatch(/contact\.sources/);
  });

  it.each([
    ['a website that is not an http(s) address', goodContact.replace('"https://jia.example.gov.cn/"', '"jia.example.gov.cn"'), /contact\.website/],
    ['a source address that is not http(s)', goodContact.replace('"https://jia.example.gov.cn/notice/1.html"', '"ftp://jia.example.gov.cn/1.html"'), /contact\.sources\.0\.url/],
    ['a day that does not exist', goodContact.replace('2026-11-25', '2026-02-30'), /contact\.sources\.0\.seen: a real date/],
    ['a date in another format', goodContact.replace('2026-11-25', '25/11/2026'), /contact\.sources\.0\.seen/],
    ['a phone with a name in it', goodContact.replace('phone: null', 'phone: 张三 67510000').replace('[website, address]', '[website, address, phone]'), /contact\.phone/],
    ['an unknown field', goodContact + '\nemail: x@example.cn', /contact/],
  ])('rejects %s', (_what, contact, message) => {
    expect(loadError(withContact('a-unit', '市甲委', contact)).message).toMatch(message);
  });

  it('rejects a contact for a unit that has a successor, and for a group, naming the line', () => {
    const text = entry('new-unit', ['市新委']) + withContact('old-unit', '市旧委', goodContact, { successor: 'new-unit' });
    const err = loadError(text);
    expect(err.message).toMatch(/unit old-unit has a successor \(new-unit\), so it has no contact of its own/);
    expect(err.line).toBe(text.split('\n').indexOf('- id: old-unit') + 1);
    expect(loadError(withContact('some-units', '各甲', goodContact, { kind: 'group' })).message).toMatch(/some-units is a group of units, so it has no contact/);
  });
});

describe('contactHolder (whose contact a unit page shows)', () => {
  const units = [
    { id: 'today', kind: 'department', successor: null },
    { id: 'renamed-once', kind: 'department', successor: 'today' },
    { id: 'renamed-twice', kind: 'department', successor: 'renamed-once' },
    { id: 'all-districts', kind: 'group', successor: null },
    { id: 'loop-a', kind: 'department', successor: 'loop-b' },
    { id: 'loop-b', kind: 'department', successor: 'loop-a' },
  ];
  it('is the unit itself, or the end of its successor chain', () => {
    expect(contactHolder(units, 'today')?.id).toBe('today');
    expect(contactHolder(units, 'renamed-once')?.id).toBe('today');
    expect(contactHolder(units, 'renamed-twice')?.id).toBe('today');
  });
  it('is null for a group, an unknown id and a successor loop', () => {
    expect(contactHolder(units, 'all-districts')).toBeNull();
    expect(contactHolder(units, 'nobody')).toBeNull();
    expect(contactHolder(units, 'loop-a')).toBeNull();
  });
});

describe('contacts in content/units.yaml', () => {
  it('every contact fact has a source that supports it, and every source supports a fact that is given', () => {
    const withContacts = reg.entries.filter((e) => e.contact);
    expect(withContacts.length).toBeGreaterThan(0);
    for (const e of withContacts) {
      const c = e.contact!;
      for (const fact of ['website', 'address', 'phone'] as const) {
        expect(c[fact] === null || c.sources.some((s) => s.supports.includes(fact)), `${e.id}: ${fact}`).toBe(true);
        for (const s of c.sources) if (s.supports.includes(fact)) expect(c[fact], `${e.id}: ${s.url} supports a null ${fact}`).not.toBeNull();
      }
    }
  });

  it('a website is backed by a page on that site or by an official page on a gov.cn site', () => {
    for (const e of reg.entries.filter((x) => x.contact?.website)) {
      const site = new URL(e.contact!.website!).host;
      const pages = e.contact!.sources.filter((s) => s.supports.includes('website')).map((s) => new URL(s.url).host);
      expect(pages.some((h) => h === site || h.endsWith('.gov.cn')), e.id).toBe(true);
    }
  });

  it('a unit with a successor has no contact, and its successor can have one; groups have none', () => {
    const defunct = reg.entries.filter((e) => e.successor);
    expect(defunct.length).toBeGreaterThan(0);
    for (const e of defunct) {
      expect(e.contact, e.id).toBeNull();
      const holder = contactHolder(reg.entries, e.id);
      expect(holder, `${e.id} → ${e.successor}`).not.toBeNull();
      expect(holder!.successor).toBeNull();
      expect(holder!.kind).not.toBe('group');
    }
    for (const e of reg.entries.filter((x) => x.kind === 'group')) expect(e.contact, e.id).toBeNull();
  });
});

describe('tokenizeUnits', () => {
  it('splits two cells run together: 市科委|市经济信息委、市教委 (separatorBefore "" marks the cell boundary)', () => {
    expect(tokenizeUnits(reg, '市科委市经济信息委、市教委')).toEqual([
      { id: 'cq-sti-commission', text: '市科委', separatorBefore: null },
      { id: 'cq-economy-it-commission', text: '市经济信息委', separatorBefore: '' },
      { id: 'cq-education-commission', text: '市教委', separatorBefore: '、' },
    ]);
  });

  it('ignores whitespace and line breaks left by PDF extraction', () => {
    expect(tokenizeUnits(reg, '市 发 展 改 革\n委、市经济信\n息委').map((t) => t.id)).toEqual(['cq-development-reform-commission', 'cq-economy-it-commission']);
  });

  it('keeps ， as a separator within a cell', () => {
    const tokens = tokenizeUnits(reg, '市科委、市教委，各区县（自治县）人民政府');
    expect(tokens.map((t) => [t.id, t.separatorBefore])).toEqual([
      ['cq-sti-commission', null],
      ['cq-education-commission', '、'],
      ['district-county-governments', '，'],
    ]);
  });

  it('matches the longest alias first', () => {
    expect(tokenizeUnits(reg, '西部科学城重庆高新区管委会').map((t) => t.id)).toEqual(['cq-science-city-hitech-zone-committee']);
    expect(tokenizeUnits(reg, '有关区县（自治县）人民政府').map((t) => t.id)).toEqual(['relevant-district-county-governments']);
    expect(tokenizeUnits(reg, '市农委有关区县（自治县）人民政府').map((t) => [t.id, t.separatorBefore])).toEqual([
      ['cq-agriculture-commission', null],
      ['relevant-district-county-governments', ''],
    ]);
  });

  it('turns unknown text between separators into a token with id null', () => {
    expect(tokenizeUnits(reg, '市科技局、市外事办、市教委')).toEqual([
      { id: 'cq-sti-bureau', text: '市科技局', separatorBefore: null },
      { id: null, text: '市外事办', separatorBefore: '、' },
      { id: 'cq-education-commission', text: '市教委', separatorBefore: '、' },
    ]);
  });

  it('drops 等 at the end and in the middle of a list', () => {
    expect(tokenizeUnits(reg, '市教委等').map((t) => t.text)).toEqual(['市教委']);
    expect(tokenizeUnits(reg, '重庆市税务局等，各区县政府').map((t) => [t.id, t.separatorBefore])).toEqual([
      ['cq-tax-service', null],
      ['district-county-governments', '，'],
    ]);
  });

  it('returns nothing for empty input', () => {
    expect(tokenizeUnits(reg, '')).toEqual([]);
    expect(tokenizeUnits(reg, ' 、 ')).toEqual([]);
  });
});

describe('resolveUnitList', () => {
  it('resolves an inline list of the 2023 plan', () => {
    expect(resolveUnitList(reg, '市教委、市经济信息委、市国资委、市市场监管局等')).toEqual({
      ids: ['cq-education-commission', 'cq-economy-it-commission', 'cq-sasac', 'cq-market-regulation-administration'],
      unknown: [],
    });
  });

  it('resolves the central offices of 2023 measure 三（三）', () => {
    expect(resolveUnitList(reg, '人行重庆营管部、重庆银保监局、重庆证监局等').ids).toEqual(['cq-pboc-operations-office', 'cq-cbirc-office', 'cq-csrc-bureau']);
  });

  it('reports names that are not in the registry', () => {
    expect(resolveUnitList(reg, '市科技局、市外事办等')).toEqual({ ids: ['cq-sti-bureau'], unknown: ['市外事办'] });
    expect(resolveUnitList(reg, '市文化旅游委')).toEqual({ ids: [], unknown: ['市文化旅游委'] });
  });

  it('lists a unit once even when it is named twice', () => {
    expect(resolveUnitList(reg, '市科委、市教委、市科委').ids).toEqual(['cq-sti-commission', 'cq-education-commission']);
  });

  it('is empty for an empty list', () => {
    expect(resolveUnitList(reg, '')).toEqual({ ids: [], unknown: [] });
  });
});

describe('looksLikeUnitFragment (lines of shredded task-table cells)', () => {
  it.each([
    '委、市经济信', // end of 市发展改革委, a whole separator, start of 市经济信息委
    '息委', // end of 市经济信息委
    '市 发 展 改 革', // start of 市发展改革委, with PDF spaces
    '市科委',
    '市科委 市 经 济 信 息', // two cells on one line
    '委 ， 各 区 县',
    '（自治县）人',
    '民政府',
    '政局',
    '门', // end of 市政府有关部门
    '融办、市财政',
    '有关区县（自',
  ])('%j is a unit fragment', (text) => {
    expect(looksLikeUnitFragment(reg, text)).toBe(true);
  });

  it.each([
    '项以上，年度技术交易合同额达到200亿',
    '间，实现高等院校及区县（自治县）全',
    '元以上。',
    '易。',
    '度的科技服务及科技创新要素在线交', // 16 characters of task text
    '加快推进科技服务云平台建设，实',
    '2016年年',
    '“院企合作”机制',
    '《产业关键共性技术指南》',
    '',
    '   ',
  ])('%j is not a unit fragment', (text) => {
    expect(looksLikeUnitFragment(reg, text)).toBe(false);
  });
});


describe('otherJurisdiction', () => {
  it('names another place a title or issuer starts with, or Hong Kong, Macao and Taiwan', () => {
    expect(otherJurisdiction('深圳经济特区人工智能产业促进条例', null)).toBe('深圳经济特区');
    expect(otherJurisdiction('关于支持科技创新的若干措施', '武汉市人民政府办公厅')).toBe('武汉市');
    expect(otherJurisdiction('創新科技發展藍圖', '香港特別行政區政府')).toBe('香港');
  });
  it('takes Chongqing and texts that name no place as Chongqing’s', () => {
    expect(otherJurisdiction('重庆市深入实施创新驱动发展战略工作方案', '重庆市人民政府办公厅')).toBeNull();
    expect(otherJurisdiction('关于支持区县科技创新发展的指导意见', null)).toBeNull();
    expect(otherJurisdiction('市科技局关于支持高新区发展的通知', null)).toBeNull();
    // a zone, district or county alone does not tell the place (Chongqing has many)
    expect(otherJurisdiction('示范区科技创新载体提升三年行动方案（2024—2026年）', null)).toBeNull();
    expect(otherJurisdiction('城市更新行动中科技园区建设的实施方案', null)).toBeNull();
  });
});

describe('measureContact (whom a measure tells you to ask)', () => {
  const units = [
    { id: 'sti', aliases: ['市科技局', '重庆市科学技术局'] },
    { id: 'fin', aliases: ['市财政局'] },
  ];
  it('the lead units when the text names them', () => {
    expect(measureContact({ lead: ['fin'] }, '重庆市科学技术局', units)).toEqual({ basis: 'lead', units: ['fin'] });
  });
  it('else the issuer, when its name is a unit alias (each part of a joint issue)', () => {
    expect(measureContact({ lead: [] }, '重庆市科学技术局', units)).toEqual({ basis: 'issuer', units: ['sti'] });
    expect(measureContact({ lead: [] }, '重庆市科学技术局、市财政局', units)).toEqual({ basis: 'issuer', units: ['sti', 'fin'] });
  });
  it('else nobody known: an issuer that is no unit, or none', () => {
    expect(measureContact({ lead: [] }, '重庆市人民政府办公厅', units)).toEqual({ basis: 'none', units: [] });
    expect(measureContact({ lead: [] }, null, units)).toEqual({ basis: 'none', units: [] });
    // a lead the registry lacks, as printed, is still whom to ask (its contact unknown), not the issuer
    expect(measureContact({ lead: [], leadAsPrinted: ['区经信局'] }, '重庆市科学技术局', units)).toEqual({ basis: 'printed', units: [] });
    // no partial matching: 科学技术局 alone is not an alias
    expect(measureContact({ lead: [] }, '科学技术局', units).basis).toBe('none');
  });
});
