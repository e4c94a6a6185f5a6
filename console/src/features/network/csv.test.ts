import { describe, expect, it } from 'vitest';
import { catalogue, format, hasKey, type MessageKey } from '../../i18n/catalogue';
import { csvBlob } from '../desk/handlings/csv';
import { uncoveredCsv } from './coverage/uncoveredCsv';
import { pointsCsv } from './points/pointsCsv';
import { coverageReport, point } from './testFixtures';

const i18n = {
  t: (key: MessageKey, params?: Record<string, string | number>) => format('zh-CN', key, params),
  tx: (key: string, fallback: string) => (hasKey(key) ? catalogue['zh-CN'][key] : fallback),
};

/** jsdom's Blob has no arrayBuffer(); FileReader reads it. */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe('CSV exports', () => {
  it('writes the points table with construction facts, zones and hours in words', () => {
    const csv = pointsCsv([point(), point({ id: 'sp-bank-rcb-fenkou', type: 'BANK_BRANCH', name: '农商银行, 汾口支行', partner: { kind: 'BANK', name: '浙江淳安农商银行' }, zones: [], openingHours: [], status: 'SUSPENDED' })], i18n);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('网点编号,网点名称,网点类型,所在区划代码,状态,地址,合作机构,服务面积（m²）,经办人员数,自助一体机（台）,功能区,办公时间,纬度,经度');
    expect(lines[1]).toBe('sp-fenkou-township,汾口镇便民服务中心医保窗口,乡镇(街道)服务点,330127107,正常,汾口镇汾口大道1号,,160.5,3,2,引导咨询区、自助服务区,周一、周二 08:30-17:00,29.6,118.6');
    expect(lines[2]).toBe('sp-bank-rcb-fenkou,"农商银行, 汾口支行",合作银行网点,330127107,暂停,汾口镇汾口大道1号,浙江淳安农商银行,160.5,3,2,,,29.6,118.6');
    expect(lines[3]).toBe('');
  });

  it('writes the uncovered villages with their nearest point and travel time', () => {
    const report = coverageReport();
    const csv = uncoveredCsv(report.villageDetails.filter((v) => !v.covered), i18n);
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      '区划代码,名称,乡镇代码,人口,城镇重点区域,服务圈,最近网点,最近网点类型,直线距离（km）,估算用时（分钟）',
      '330127108201,大墅村,330127108,1800,否,30,汾口镇便民服务中心医保窗口,乡镇(街道)服务点,22.4,62.7',
      '330127100205,进贤村,330127100,1500,是,15,工商银行千岛湖支行,合作银行网点,4.1,17.2',
    ]);
  });

  it('starts the file with a UTF-8 byte-order mark so Excel reads the Chinese', async () => {
    const bytes = await bytesOf(csvBlob('名称\r\n'));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('名称\r\n');
  });
});
