import { Alert } from 'antd';
import { oldPolicyText, type ResultFigures } from './old-policy-text';

/** The 按旧政策计算 notice above a published result the region's policy now grades otherwise (see oldPolicyText). */
export function OldPolicyNotice({ what, published, now }: { what: '自评表' | '评价'; published: ResultFigures; now: ResultFigures }) {
  const text = oldPolicyText(what, published, now);
  return <Alert type="warning" showIcon className="old-policy-notice" title={text.title} description={text.description} style={{ marginBottom: 8 }} />;
}
