import path from 'node:path';
import type { Label } from '@pioneer/engine';

/** Whether the studio may run here, and on which copy of the repository it edits files. */
export interface StudioSettings {
  enabled: boolean;
  /** Why it is refused, in both languages, saying what to do (when not enabled). */
  refusal?: Label;
  /** The repository whose `schemas/` and generated files the studio reads and publishes to. */
  repoRoot: string;
  /** The checkout whose generator publish runs (the working directory the API started in; usually `repoRoot`). */
  toolRoot: string;
}

export const STUDIO_SETTINGS = Symbol('STUDIO_SETTINGS');

/**
 * The studio writes schema and generated files on the API's own disk, so it runs only where
 * someone edits the repository: in development (NODE_ENV=development) or when PIONEER_STUDIO=1
 * says so, and never in production, whatever else is set.
 */
export function studioSettingsFrom(env: NodeJS.ProcessEnv, cwd: string): StudioSettings {
  const repoRoot = path.resolve(env.PIONEER_STUDIO_ROOT || cwd);
  const toolRoot = path.resolve(cwd);
  if (/^prod/i.test(env.NODE_ENV ?? ''))
    return {
      enabled: false,
      repoRoot,
      toolRoot,
      refusal: {
        'zh-CN': `措施工作室在生产环境（NODE_ENV=${env.NODE_ENV}）中关闭：请在开发环境中编辑措施，经版本控制评审后再部署`,
        en: `The measure studio is off in production (NODE_ENV=${env.NODE_ENV}): edit measures in a development copy, review the change in version control, then deploy it`,
      },
    };
  if (env.PIONEER_STUDIO === '1' || (env.NODE_ENV === 'development' && env.PIONEER_STUDIO !== '0'))
    return { enabled: true, repoRoot, toolRoot };
  return {
    enabled: false,
    repoRoot,
    toolRoot,
    refusal: {
      'zh-CN': '措施工作室未启用：请以开发模式（NODE_ENV=development）或设置 PIONEER_STUDIO=1 启动 API',
      en: 'The measure studio is not enabled: start the API in development mode (NODE_ENV=development) or with PIONEER_STUDIO=1',
    },
  };
}
