import type { Lang } from '@pioneer/engine';

/**
 * The sign-in page's words and the role names, in one small module: the sign-in page is shown
 * before react-admin and its translations load (issue 10: the first visit downloads only it), and
 * the backoffice's catalogues (i18n/zh-CN.ts, en.ts) take the same words from here.
 */
export const LOGIN_MESSAGES = {
  'zh-CN': {
    login: {
      title: '登录管理后台',
      username: '用户名',
      password: '密码',
      submit: '登录',
      demo: '演示账号（点击填入）：',
      fill_both: '请填写用户名和密码',
      unreachable: '无法连接服务器：请检查网络后重试',
      required: '请先登录',
      expired: '登录已失效，请重新登录',
      loading: '正在加载管理后台…',
    },
    role: { admin: '管理员', reviewer: '评审员', approver: '审批人', 'district-officer': '区级经办人', applicant: '申请人' },
  },
  en: {
    login: {
      title: 'Sign in to the backoffice',
      username: 'User name',
      password: 'Password',
      submit: 'Sign in',
      demo: 'Demo accounts (click to fill in):',
      fill_both: 'Enter your user name and password',
      unreachable: 'Cannot reach the server: check the network and try again',
      required: 'Please sign in',
      expired: 'Your session has ended: sign in again',
      loading: 'Loading the backoffice…',
    },
    role: {
      admin: 'Administrator',
      reviewer: 'Reviewer',
      approver: 'Approver',
      'district-officer': 'District officer',
      applicant: 'Applicant',
    },
  },
} satisfies Record<Lang, { login: Record<string, string>; role: Record<string, string> }>;

export type LoginWords = (typeof LOGIN_MESSAGES)['zh-CN'];
