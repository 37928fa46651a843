import { attachmentFacts, fileSizeText, numberText } from './value-text';

describe('numbers on the application screen', () => {
  it('groups thousands from five digits up, keeping years and small counts as written', () => {
    expect(numberText(420000)).toBe('420,000');
    expect(numberText(1822017)).toBe('1,822,017');
    expect(numberText(12500.5)).toBe('12,500.5');
    expect(numberText(2025)).toBe('2025');
    expect(numberText(320)).toBe('320');
  });

  it('says file sizes in KB and MB, and a file kind by its extension', () => {
    expect(fileSizeText(2048000, 'zh-CN')).toBe('2.0 MB');
    expect(fileSizeText(512000, 'en')).toBe('500 KB');
    expect(fileSizeText(800, 'zh-CN')).toBe('800 字节');
    expect(attachmentFacts({ mediaType: 'application/pdf', size: 204800 }, 'en')).toBe('PDF · 200 KB');
    expect(attachmentFacts({ mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, 'zh-CN')).toBe('XLSX');
  });
});
