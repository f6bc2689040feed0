import { describe, expect, it } from 'vitest';
import { defaultGazetteer } from '../../src/model/gazetteer.js';
import { isoDate } from '../../src/parse/dates.js';
import { findReferences } from '../../src/parse/header.js';
import { findJurisdiction, inferJurisdiction } from '../../src/parse/jurisdiction.js';
import { planYear } from '../../src/parse/year.js';
import { isTraditional, toSimplified } from '../../src/text/simplified.js';

describe('the national gazetteer', () => {
  const g = defaultGazetteer();
  it('has every province-level division and levels by kind of division', () => {
    expect(g.entries.filter((e) => e.level === 'province')).toHaveLength(34);
    const level = (name: string) => g.lookup(name).map((e) => [e.level, e.parent]);
    expect(level('延边朝鲜族自治州')).toEqual([['city', '吉林省']]);
    expect(level('锡林郭勒盟')).toEqual([['city', '内蒙古自治区']]);
    expect(level('大兴安岭地区')).toEqual([['city', '黑龙江省']]);
    expect(level('鄂托克旗')).toEqual([['county', '鄂尔多斯市']]);
    expect(level('神农架林区')).toEqual([['county', '湖北省']]);
    expect(level('六枝特区')).toEqual([['county', '六盘水市']]);
    expect(level('义乌市')).toEqual([['county', '金华市']]);
    expect(level('两江新区')).toEqual([['district', '重庆市']]);
  });
  it('keeps short forms by usage', () => {
    const short = (name: string) => g.lookup(name)[0]?.short;
    expect([short('内蒙古自治区'), short('广西壮族自治区'), short('沈阳市'), short('本溪满族自治县'), short('义县')]).toEqual(['内蒙古', '广西', '沈阳', '本溪县', '义县']);
  });
});

describe('jurisdiction', () => {
  it('does not take the year into the place name', () => {
    expect(inferJurisdiction(['2024年赣州市政务公开工作要点'])).toEqual({ name: '赣州市', level: 'city', parent: '江西省' });
  });
  it('reads a development zone by its suffix, under the city it is named after', () => {
    expect(findJurisdiction(['赣州经开区2023年政务公开工作要点'])).toMatchObject({ jurisdiction: { name: '赣州经开区', level: 'district', parent: '赣州市' }, how: 'zone' });
  });
  it('takes a unique short form at the start of a title, and the issuer when the title names no place', () => {
    expect(inferJurisdiction(['广西2023年政务公开工作要点']).name).toBe('广西壮族自治区');
    expect(findJurisdiction(['2023年政务公开工作要点', '江西省人民政府办公厅'])).toMatchObject({ jurisdiction: { name: '江西省' }, from: 1 });
  });
});

describe('dates, years and citations', () => {
  it('reads dates in Arabic and Chinese numerals and in ISO form', () => {
    expect(['二〇二三年三月五日', '二○一九年十二月三十一日', '2023-03-05', '（2020年4月30日印发）', '根据2023年3月5日会议'].map(isoDate)).toEqual(['2023-03-05', '2019-12-31', '2023-03-05', '2020-04-30', null]);
  });
  it('does not take a period for the year', () => {
    expect(planYear('政务公开五年行动计划（2021—2025年）', null, '2021-03-18', null)).toEqual({ year: 2021, guess: 'year-from-date' });
    expect(planYear('2023年政务公开工作要点', null, '2022-12-30', null)).toEqual({ year: 2023, guess: null });
  });
  it('finds unquoted citations with their 文号 and leaves out the plan itself', () => {
    const refs = findReferences(
      ['根据国务院办公厅关于印发2023年政务公开工作要点的通知（国办发〔2023〕5号）精神，现将《某市2023年政务公开工作要点》（某政办发〔2023〕1号）印发给你们。'],
      ['某市2023年政务公开工作要点'],
      ['某政办发〔2023〕1号'],
    );
    expect(refs.map((r) => [r.title, r.docNumber])).toEqual([['国务院办公厅关于印发2023年政务公开工作要点的通知', '国办发〔2023〕5号']]);
  });
});

describe('traditional characters', () => {
  it('are detected cheaply and converted character for character', () => {
    const t = '各區人民政府：現將《工作要點》印發給你們，責任單位：區政府辦公室。';
    expect(isTraditional(t)).toBe(true);
    expect(isTraditional('各区人民政府：现将《工作要点》印发给你们。')).toBe(false);
    expect(toSimplified(t)).toBe('各区人民政府：现将《工作要点》印发给你们，责任单位：区政府办公室。');
  });
});
