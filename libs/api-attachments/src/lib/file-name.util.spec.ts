import { fileNameProblem } from './file-name.util';

describe('fileNameProblem', () => {
  it('accepts plain names, Chinese included', () => {
    for (const name of ['contract.pdf', '购销合同（签字版）.pdf', 'a b-c_d.2024.xlsx', '.hidden']) expect(fileNameProblem(name)).toBeNull();
  });

  it('refuses folders, traversal, control characters, NUL, unpaired surrogates, empty and over-long names, in both languages', () => {
    for (const name of [undefined, '', '   ', '..', '.', '../../etc/passwd', 'C:\\Users\\a.pdf', 'dir/a.pdf', 'a\u0000.pdf', 'a\u0007.pdf', 'a\ud800.pdf', 'x'.repeat(256)]) {
      expect(fileNameProblem(name)).toEqual({ 'zh-CN': expect.any(String), en: expect.any(String) });
    }
  });
});
