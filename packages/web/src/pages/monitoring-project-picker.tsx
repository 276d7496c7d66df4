import { FormPicker } from '../components/form-picker';
import { monitoringProjectLabel } from './monitoring-project-label';

const STATUSES = ['approved', 'published'] as const;
const PROJECTS = { name: '项目', measure: '个', counted: '项目' };

interface Props {
  value: string | undefined;
  onChange: (id: string) => void;
  placeholder: string;
  emptyText: string;
  width: number;
}

/**
 * Picks a monitored project (an approved or published project target) by typing part of its name; the server searches.
 * An option reads 项目名 · 年度 · 单位 and wraps rather than being cut, so projects of the same name in two years are
 * told apart.
 */
export function MonitoringProjectPicker({ value, onChange, placeholder, emptyText, width }: Props) {
  return (
    <FormPicker
      ariaLabel="监控项目"
      kind="project_target"
      statuses={STATUSES}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      emptyText={emptyText}
      width={width}
      optionLabel={monitoringProjectLabel}
      popupWidth={Math.max(width, 560)}
      noun={PROJECTS}
    />
  );
}
