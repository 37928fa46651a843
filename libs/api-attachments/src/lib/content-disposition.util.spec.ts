import { attachmentDisposition } from './content-disposition.util';

describe('attachmentDisposition', () => {
  it('offers an ASCII fallback and the exact UTF-8 name, as a download', () => {
    expect(attachmentDisposition('合同.pdf')).toBe(`attachment; filename="__.pdf"; filename*=UTF-8''%E5%90%88%E5%90%8C.pdf`);
    expect(attachmentDisposition('a "quoted" \\ 100%.pdf')).toBe(`attachment; filename="a _quoted_ _ 100_.pdf"; filename*=UTF-8''a%20%22quoted%22%20%5C%20100%25.pdf`);
  });

  it('never lets a name break out of the header', () => {
    const header = attachmentDisposition('x";\r\nSet-Cookie: a=b');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split('"').length).toBe(3);
  });
});
