import { Inject, Injectable } from '@nestjs/common';
import { API_CONFIG, type ApiConfig, type ApiIssue, UserEntity } from '@pioneer/api-core';
import type { EntityManager } from 'typeorm';

/** Signed-in users act as `user:<username>` (api-identity's sessions). */
const USER_SUBJECT = /^user:(.+)$/;

/**
 * Who can be assigned to review: an active user with the reviewer role (named `user:<username>`,
 * the subject its sessions carry), or a configured token whose principal is a reviewer. Checked
 * at assignment, so a mistyped name is a 400 instead of an assignment nobody can act on.
 */
@Injectable()
export class ReviewerDirectory {
  private readonly tokenReviewers: Set<string>;

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    this.tokenReviewers = new Set([...config.tokens.values()].filter((p) => p.role === 'reviewer').map((p) => p.subject));
  }

  /** The issues of the names that are no reviewer's account, located at `/reviewers/<index>`. */
  async unknown(manager: EntityManager, reviewers: string[]): Promise<ApiIssue[]> {
    const issues: ApiIssue[] = [];
    for (const [index, name] of reviewers.entries()) {
      if (this.tokenReviewers.has(name)) continue;
      const username = USER_SUBJECT.exec(name)?.[1];
      const user = username ? await manager.findOne(UserEntity, { where: { username }, select: { role: true, active: true } }) : null;
      if (user?.role === 'reviewer' && user.active) continue;
      issues.push({
        pointer: `/reviewers/${index}`,
        message: { 'zh-CN': '不是在用的评审专家账号（用户请写作 user:<用户名>）', en: "is not an active reviewer's account (write users as user:<username>)" },
      });
    }
    return issues;
  }
}
