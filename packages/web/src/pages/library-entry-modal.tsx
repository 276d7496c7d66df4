import { useState } from 'react';
import { Alert, App, AutoComplete, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { COMPARATORS } from '@jixiao/core';
import { api, ApiError, errorMessage } from '../api/client';
import { COMPARATOR_LABELS } from '../lib/labels';
import { BASIS_KINDS, SCOPE_LABELS, entryPatch, entryValues, level1Options, level2Options, type EntryValues, type ManagedEntry } from './library-entry-edit';

/** 编辑 one 指标库 entry (finance): category from the framework, the unit as typed, and 停用 from a date. */
export function LibraryEntryModal({ entry, onClose }: { entry: ManagedEntry | null; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EntryValues>();
  const [saving, setSaving] = useState(false);
  const level1 = Form.useWatch('level1', form);
  const level2 = Form.useWatch('level2', form);

  const save = async (values: EntryValues) => {
    if (!entry) return;
    const patch = entryPatch(entry, values);
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    setSaving(true);
    try {
      await api.put(`/api/library/${entry.id}`, entry.version != null ? { ...patch, version: entry.version } : patch);
      const name = patch.name ?? entry.name;
      message.success(entry.shared !== false ? `已为本区划保存「${name}」的修改；其他区划仍使用原来的共用指标` : `已保存指标「${name}」`);
      await queryClient.invalidateQueries({ queryKey: ['library'] });
      onClose();
    } catch (error) {
      message.error(`保存失败：${errorMessage(error)}`);
      // Someone saved this entry meanwhile: the list is reloaded so that it can be opened again as it now is.
      if (error instanceof ApiError && error.status === 409) await queryClient.invalidateQueries({ queryKey: ['library'] });
    } finally {
      setSaving(false);
    }
  };

  const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
  return (
    <Modal
      title={entry ? `编辑指标：${entry.name}` : '编辑指标'}
      open={!!entry}
      width={720}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {entry?.shared !== false && entry && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title="这是各区划共用的指标：保存后作为本区划的修改，只对本区划生效，其他区划仍使用原指标。" />
      )}
      {entry && (
        <Form<EntryValues> key={entry.id} form={form} name="edit-library-entry" layout="vertical" onFinish={save} initialValues={entryValues(entry)}>
          <Form.Item label="指标名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写指标名称' }, { max: 2000, message: '指标名称不能超过 2000 个字符' }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item label="一级指标" name="level1">
                <Select
                  aria-label="一级指标"
                  allowClear
                  placeholder="未分类"
                  options={options(level1Options(entry.level1))}
                  // A 二级 that the new 一级 does not allow would file the entry wrongly: it is cleared for a new choice.
                  onChange={(v: string | undefined) => {
                    if (level2 && !level2Options(v, null).includes(level2)) form.setFieldValue('level2', '');
                  }}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="二级指标" name="level2">
                <Select aria-label="二级指标" allowClear placeholder="未分类" options={options(level2Options(level1, entry.level2))} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="计量单位" name="unit" rules={[{ max: 200, message: '计量单位不能超过 200 个字符' }]} extra="如 %、人次、万元；定性指标可不填">
                <Input autoComplete="off" aria-label="计量单位" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item label="指标性质" name="comparator">
                <Select aria-label="指标性质" allowClear options={COMPARATORS.map((c) => ({ value: c, label: COMPARATOR_LABELS[c] ?? c }))} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="常用指标值" name="typical_target" rules={[{ max: 2000, message: '常用指标值不能超过 2000 个字符' }]}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="取值依据" name="basis_kind" rules={[{ max: 200, message: '取值依据不能超过 200 个字符' }]}>
                <AutoComplete aria-label="取值依据" allowClear options={options(BASIS_KINDS)} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label="指标说明" name="explanation" rules={[{ max: 5000, message: '指标说明不能超过 5000 个字符' }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item label="关键词" name="keywords" rules={[{ max: 500, message: '关键词不能超过 500 个字符' }]} extra="用逗号或顿号分隔；按项目名称推荐指标时使用">
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item label="类别" name="scope">
                <Select aria-label="类别" options={Object.entries(SCOPE_LABELS).map(([value, label]) => ({ value, label }))} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item label="支出分类" name="spending_class" rules={[{ max: 200, message: '支出分类不能超过 200 个字符' }]}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item label="启用日期" name="valid_from">
                <Input type="date" aria-label="启用日期" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                label="有效期至"
                name="valid_to"
                dependencies={['valid_from']}
                extra="过时的指标不必删除：填写此日期，此后不再向填报单位推荐，已有的记录和表单不受影响"
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, value: string) => {
                      const from = getFieldValue('valid_from') as string;
                      return value && from && value < from ? Promise.reject(new Error('有效期至不能早于启用日期')) : Promise.resolve();
                    },
                  }),
                ]}
              >
                <Input type="date" aria-label="有效期至" />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      )}
    </Modal>
  );
}
