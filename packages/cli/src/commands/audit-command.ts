import type { Command } from '../command';

const USAGE = `jixiao audit verify [--data 数据目录]

校验审计日志的哈希链：每条事件保存前一条的哈希与自身内容的 sha256，任何删除、插入或篡改都会
使链在该处断开。退出码 0 表示完好，1 表示发现断点（并给出第一处断开的事件编号）。
使用 DATABASE_URL（外部 PostgreSQL）或 JIXIAO_DATA / --data（内置数据库目录，默认 ./data）。`;

export const auditCommand: Command = {
  name: 'audit',
  summary: '审计日志：校验哈希链是否被篡改',
  usage: USAGE,
  run: async (args, io) => {
    if (args[0] !== 'verify') {
      io.stderr(`用法：${USAGE}\n`);
      return 2;
    }
    const i = args.indexOf('--data');
    const dataDir = (i >= 0 ? args[i + 1] : undefined) ?? process.env.JIXIAO_DATA ?? './data';
    const databaseUrl = process.env.DATABASE_URL || undefined;
    const { openDatabase, verifyAuditChain } = await import('@jixiao/server');
    let opened;
    try {
      opened = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
    } catch (error) {
      io.stderr(`无法打开数据库：${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
    try {
      const result = await verifyAuditChain(opened.db);
      if (result.ok) {
        io.stdout(`审计日志完好：共 ${result.events} 条事件，哈希链无断点。\n`);
        return 0;
      }
      io.stdout(`审计日志被篡改：${result.firstBroken?.reason}（已校验 ${result.events} 条）。\n`);
      return 1;
    } finally {
      await opened.close();
    }
  },
};
