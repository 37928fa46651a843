import path from 'node:path';
import { goldenPolicy } from '../../../testing/golden';

// Golden tests of clause (一): an informational measure, listed in the catalogue without a form.
const MEASURE = 'inclusive-compute-services';
const policy = goldenPolicy(path.resolve(__dirname, '..'));

describe('（一）加大普惠服务资源供给', () => {
  it('鼓励市内重大算力基础设施以优惠价格提供算力服务: informational, no application is accepted', () => {
    const d = policy.evaluate(MEASURE, {}, { asOf: '2025-06-01', history: [] });
    expect(d.status).toBe('not-accepted');
    expect(d.award).toBeNull();
  });

  it('支持企业低成本使用算力、模型、语料等人工智能服务资源: the matcher lists it as informational for an enterprise', () => {
    const profile = {
      applicant: {
        name: '深圳市启元智能科技有限公司',
        creditCode: '91440300MA5F00005N',
        kind: 'enterprise',
        district: 'futian',
        registeredOn: '2024-05-20',
      },
    };
    const match = policy.match(profile, '2025-06-01').find((m) => m.measure === MEASURE);
    expect(match?.status).toBe('informational');
    expect(match?.clause).toBe('1');
    expect(match?.estimate).toBeNull();
  });
});
