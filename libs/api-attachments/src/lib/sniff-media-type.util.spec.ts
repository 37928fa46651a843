import { canSniff, contentMatches } from './sniff-media-type.util';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('contentMatches', () => {
  it('recognises PDF, PNG, JPEG, ZIP and XLSX by their first bytes', () => {
    expect(contentMatches('application/pdf', Buffer.from('%PDF-1.7\n...'))).toBe(true);
    expect(contentMatches('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(true);
    expect(contentMatches('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0]))).toBe(true);
    expect(contentMatches('application/zip', Buffer.from('PK\x03\x04rest', 'latin1'))).toBe(true);
    expect(contentMatches(XLSX, Buffer.from('PK\x03\x04rest', 'latin1'))).toBe(true);
  });

  it('refuses a renamed executable, a script, a truncated signature and types it cannot check', () => {
    const exe = Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1');
    for (const type of ['application/pdf', 'image/png', 'image/jpeg', 'application/zip', XLSX]) expect(contentMatches(type, exe)).toBe(false);
    expect(contentMatches('application/pdf', Buffer.from('#!/bin/sh'))).toBe(false);
    expect(contentMatches('image/png', Buffer.from([0x89, 0x50, 0x4e]))).toBe(false);
    expect(contentMatches('text/html', Buffer.from('<html>'))).toBe(false);
    expect(canSniff('text/html')).toBe(false);
  });
});
