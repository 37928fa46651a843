/**
 * react-admin 5's messages that the (v4) Chinese pack lacks or leaves half English: without
 * them, a Chinese user reads English ("No … found using the current filters", "Reset",
 * "dataProvider错误. 请检查console").
 */
export const raChineseGaps = {
  ra: {
    action: { reset: '重置', search_columns: '搜索列', select_all_button: '全选' },
    page: { access_denied: '无权访问', authentication_error: '身份验证出错' },
    message: {
      access_denied: '您没有访问此页面的权限：如需访问，请联系管理员',
      authentication_error: '身份验证服务返回错误，无法核实您的登录：请稍后重新登录',
      select_all_limit_reached: '条目过多，无法全部选择：仅选中了前 %{max} 条',
      placeholder_data_warning: '网络异常：数据未能刷新，请检查网络后重试',
      not_found: '找不到该页面：网址有误或链接已失效，请从左侧菜单进入',
    },
    navigation: {
      partial_page_range_info: '%{offsetBegin}-%{offsetEnd}，共超过 %{offsetEnd} 条',
      clear_filters: '清除筛选条件',
      no_filtered_results: '没有符合当前筛选条件的%{name}：请调整或清除筛选条件',
    },
    auth: { email: '电子邮箱' },
    notification: {
      offline: '网络已断开，无法获取数据：请检查网络连接',
      data_provider_error: '数据服务出错：请稍后重试，仍有问题请联系管理员',
    },
    validation: { unique: '不能重复', regex: '须符合指定格式：%{pattern}' },
    configurable: { inspector: { title: '界面配置', content: '将鼠标悬停在界面元素上即可配置' } },
    guesser: { empty: { title: '暂无数据', message: '请检查数据提供方' } },
  },
};
