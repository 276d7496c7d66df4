import { Alert } from 'antd';

/** 计分提示 under a self-evaluation's rows: what the rules could not score or found off; nothing when there is none. */
export function ScoringHints({ hints }: { hints: readonly string[] }) {
  if (hints.length === 0) return null;
  return (
    <Alert
      style={{ marginTop: 8 }}
      type="info"
      showIcon
      title="计分提示"
      description={<ul style={{ margin: 0 }}>{hints.map((text, k) => <li key={k}>{text}</li>)}</ul>}
    />
  );
}
