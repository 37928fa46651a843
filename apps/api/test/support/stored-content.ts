import type { DataSource } from 'typeorm';
import { filesUnder } from './multipart';

/**
 * What either attachment store keeps, whichever one a suite runs on: the files under the folder
 * store's root, and the content and chunk rows of the database store. Equal before and after a
 * refused upload means nothing was left behind.
 */
export async function storedContent(source: DataSource, dir: string): Promise<{ files: string[]; contents: number; chunks: number }> {
  const count = async (table: string) => Number(((await source.query(`SELECT COUNT(*) AS n FROM "${table}"`)) as Array<{ n: number | string }>)[0].n);
  return { files: filesUnder(dir), contents: await count('attachment_contents'), chunks: await count('attachment_chunks') };
}
