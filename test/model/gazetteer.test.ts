import { describe, expect, it } from 'vitest';
import { defaultGazetteer, Gazetteer } from '../../src/model/gazetteer.js';

describe('Gazetteer.nameAt', () => {
  it('finds the longest name starting at a position', () => {
    const g = new Gazetteer([
      { name: '朝阳市', level: 'city', parent: '辽宁省', short: '朝阳' },
      { name: '朝阳区', level: 'district', parent: '北京市', short: '朝阳' },
      { name: '辽宁省', level: 'province', parent: null, short: '辽宁' },
      { name: '朝阳县', level: 'county', parent: '朝阳市', short: '朝阳' },
      { name: '朝阳市朝阳县', level: 'county', parent: '朝阳市', short: '朝阳' },
    ]);
    expect(g.nameAt('辽宁省朝阳市朝阳县', 3)).toBe('朝阳市朝阳县');
    expect(g.nameAt('辽宁省朝阳市朝阳县', 0)).toBe('辽宁省');
    expect(g.nameAt('辽宁省朝阳市朝阳县', 1)).toBeUndefined();
  });

  it('answers as a scan of every name would, on the national list', () => {
    const g = defaultGazetteer();
    const text = '关于印发内蒙古自治区呼和浩特市新城区和广西壮族自治区南宁市青秀区、海南省三沙市2023年政务公开工作要点的通知';
    for (let i = 0; i < text.length; i++) expect(g.nameAt(text, i), `at ${i}`).toBe(g.namesLongestFirst.find((n) => text.startsWith(n, i)));
  });
});
