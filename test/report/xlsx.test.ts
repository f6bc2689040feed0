import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/align/compare.js';
import type { Plan } from '../../src/model/plan.js';
import { renderXlsx } from '../../src/exports/xlsx.js';
import { item, plan, section, seedComparison } from './fixtures.js';

/** A plan whose second section holds ten items, so one id is 2.10 (which a spreadsheet would read as 2.1). */
function tenItemPlan(name: string, level: Plan['jurisdiction']['level'], texts: string[]): Plan {
  const items = texts.map((t, k) => item(`2.${k + 1}`, `${k + 1}.`, t));
  return plan(`${name}2022年政务公开工作要点`, name, level, [section('1', '一、', '总体要求', [item('1.1', '1.', '坚持以人民为中心推进政务公开。')]), section('2', '二、', '重点任务', items)]);
}

const TASKS = ['公开财政预算决算信息', '公开重大建设项目批准信息', '公开公共资源配置信息', '公开社会公益事业建设信息', '公开食品药品监管信息', '公开环境保护督察信息', '公开安全生产事故调查报告', '公开教育招生考试信息', '公开医疗卫生服务信息', '公开就业创业扶持政策'];

async function readBack(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('renderXlsx, read back with exceljs', () => {
  const upper = tenItemPlan('甲市', 'city', TASKS.map((t) => `${t}，按规定及时发布。`));
  const lower = tenItemPlan('乙区', 'district', TASKS.map((t, k) => (k === 9 ? `${t}，按规定每月发布。` : `${t}，按规定及时发布。`)));
  const comparison = comparePlans(upper, lower);

  it('has a summary, a links sheet and one item sheet per plan, with frozen headers and filters', async () => {
    const wb = await readBack(await renderXlsx(comparison, { lang: 'zh' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['概览', '逐条对照', '上级计划 条目', '下级计划 条目']);
    for (const ws of wb.worksheets.slice(1)) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.getColumn(1).width).toBeGreaterThan(0);
    }
    expect(wb.getWorksheet('逐条对照')!.getColumn(7).alignment).toMatchObject({ wrapText: true });
  });

  it('keeps every link and every id as text: 2.10 stays 2.10', async () => {
    const wb = await readBack(await renderXlsx(comparison, { lang: 'zh' }));
    const links = wb.getWorksheet('逐条对照')!;
    expect(links.rowCount).toBe(comparison.links.length + 1);
    const upperIds: unknown[] = [];
    links.eachRow((row, n) => {
      if (n > 1) upperIds.push(row.getCell(3).value);
    });
    // eleven items on each side, each linked to its counterpart (by hand: the texts are the same but for item 2.10)
    expect(upperIds).toEqual(['1.1', ...TASKS.map((_, k) => `2.${k + 1}`)]);
    expect(upperIds.every((v) => typeof v === 'string')).toBe(true);
    const ten = links.getRow(upperIds.indexOf('2.10') + 2);
    expect(ten.getCell(2).value).toBe('修改');
    expect(ten.getCell(4).value).toBe('2.10');
    const items = wb.getWorksheet('下级计划 条目')!;
    expect(items.getRow(12).getCell(1).value).toBe('2.10');
    expect(items.getRow(12).getCell(5).value).toBe('公开就业创业扶持政策，按规定每月发布。');
  });

  it('writes headings in the language asked', async () => {
    const wb = await readBack(await renderXlsx(comparison, { lang: 'en' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Links', 'upper plan items', 'lower plan items']);
    expect(wb.getWorksheet('Links')!.getRow(1).getCell(2).value).toBe('status');
    expect(wb.getWorksheet('Links')!.getRow(2).getCell(2).value).toBe('inherited');
  });

  it('writes the seed comparison with its counts on the summary sheet', async () => {
    const seed = seedComparison();
    const wb = await readBack(await renderXlsx(seed, { lang: 'en' }));
    const summary = wb.getWorksheet('Summary')!;
    const counts = new Map<string, unknown>();
    summary.eachRow((row) => counts.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(counts.get('inherited')).toBe(14);
    expect(counts.get('dropped')).toBe(3);
    expect(wb.getWorksheet('Links')!.rowCount).toBe(seed.links.length + 1);
  });
});
