import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agencyKey } from '../../src/text/agencies.js';
import { comparableForm, compactForm } from '../../src/text/comparable.js';
import { parseDeadline } from '../../src/text/deadline.js';
import { placeNames } from '../../src/text/places.js';
import { dictionary } from '../../src/text/dictionary.js';
import { segmentWords } from '../../src/text/segment.js';
import { segmentitTokenizer } from '../../src/text/segmenter.js';
import { referenceSegmenter } from '../support/segmentit-reference.js';
import { toSimplified } from '../../src/text/simplified.js';
import { fixturePath, seedPath } from '../helpers.js';

describe('comparable form', () => {
  it('folds width, traditional variants and spacing', () => {
    expect(compactForm('违法违规行爲 （ 2022 年 ）')).toBe(compactForm('违法违规行为(2022年)'));
    expect(toSimplified('政務公開')).toBe('政务公开');
  });

  it.each([
    ['市政府有关部门', '区政府有关部门'],
    ['各区县(市)政府', '各镇、街'],
    ['各区、县(市)人民政府', '各县(市)区政府'],
    ['全市', '全区'],
    ['本市', '本区'],
    ['市级政务类移动客户端', '区级政务类移动客户端'],
    ['市、县两级政府门户网站', '区、镇两级政府门户网站'],
    ['乡镇(街道)', '镇（街）'],
  ])('treats the adaptation %s ↔ %s as the same text', (a, b) => {
    expect(compactForm(a)).toBe(compactForm(b));
  });

  it('does not fold words that only contain a level character', () => {
    expect(compactForm('市场监管')).not.toBe(compactForm('区场监管'));
    expect(comparableForm('城市')).toBe('城市');
  });

  it("replaces the plan's own place names", () => {
    const shenyang = placeNames({ name: '沈阳市', level: 'city', parent: '辽宁省' });
    const chaoyang = placeNames({ name: '朝阳市', level: 'city', parent: '辽宁省' });
    expect(compactForm('加快建设数字沈阳', shenyang)).toBe(compactForm('加快建设数字朝阳', chaoyang));
    expect(placeNames({ name: '辽中区', level: 'district', parent: '沈阳市' })).toEqual(expect.arrayContaining(['辽中区', '辽中', '沈阳市', '沈阳']));
  });
});

describe('agency names across levels', () => {
  it.each([
    ['市工业和信息化局', '区工信局'],
    ['市卫生健康委', '区卫健局'],
    ['市政府办公室', '区政府办'],
    ['市发展改革委', '区发改局'],
    ['市人力资源和社会保障局', '区人社局'],
    ['市营商局', '区营商局'],
    ['商务局', '区商务局'],
  ])('%s ↔ %s', (a, b) => {
    expect(agencyKey(a)).toBe(agencyKey(b));
  });

  it('keeps different agencies apart', () => {
    expect(agencyKey('市财政局')).not.toBe(agencyKey('区税务局'));
    expect(agencyKey('市场监管局')).not.toBe(agencyKey('场监管局'));
  });
});

describe('deadlines', () => {
  it('reads dates and labels', () => {
    expect(parseDeadline('2022 年 5 月底,长期坚持')).toEqual({ months: [2022 * 12 + 5], labels: ['长期坚持'] });
    expect(parseDeadline('2022年6月底前')).toEqual({ months: [2022 * 12 + 6], labels: [] });
    expect(parseDeadline('11月底前', 2018)).toEqual({ months: [2018 * 12 + 11], labels: [] });
    expect(parseDeadline('全年')).toEqual({ months: [], labels: ['全年'] });
  });
});

describe('segmentation over the compact dictionary', () => {
  it('is loaded once and shared', () => {
    expect(dictionary()).toBe(dictionary());
    expect(dictionary().size).toBeGreaterThan(150_000);
  });

  const files = [
    ...readdirSync(seedPath('.')).map((f) => seedPath(f)),
    ...readdirSync(fixturePath('synthetic'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => fixturePath('synthetic', f)),
  ];

  it("segments every clause of every seed and synthetic plan exactly as segmentit's own Segment does", () => {
    const theirs = referenceSegmenter();
    const ours = dictionary();
    let clauses = 0;
    for (const file of files) {
      for (const clause of readFileSync(file, 'utf8').split(/[，。；、\n\t|]+/)) {
        if (!clause.trim()) continue;
        clauses++;
        expect(segmentWords(ours, clause), clause).toEqual(theirs.doSegment(clause, { simple: true }));
      }
    }
    expect(clauses).toBeGreaterThan(2000);
  });

  it('agrees with segmentit on the quirks: URLs, e-mail, numbers, dates, names, Latin, full-width', () => {
    const theirs = referenceSegmenter();
    for (const text of [
      '详见https://www.gov.cn/zhengce/2022.html网站',
      '联系邮箱zwgk@shenyang.gov.cn，电话024-22722345',
      '完成率达到98.5%以上，共计十五点五八万元',
      '2022年5月31日前完成第3季度工作',
      '由王小明同志和欧阳明华负责，小李协助',
      'ＡＢＣ１２３全角字母和数字',
      '推进ISO9001认证与Node.js平台建设',
      '三分之一的县（市、区）',
    ]) {
      expect(segmentWords(dictionary(), text), text).toEqual(theirs.doSegment(text, { simple: true }));
    }
  });

  it('segments a clause segmentit could not finish (no punctuation for thousands of characters) in bounded time', () => {
    const long = '加强政务公开平台建设'.repeat(10_000);
    const words = segmentWords(dictionary(), long);
    expect(words.join('')).toBe(long);
  });

  it('splits text into words and keeps punctuation as tokens', () => {
    expect(segmentitTokenizer('加强疫情防控信息公开。')).toEqual(['加强', '疫情', '防', '控', '信息', '公开', '。']);
  });
});
