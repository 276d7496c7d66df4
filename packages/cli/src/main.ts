import type { Command, CommandIO } from './command';

// Commands load lazily so `jixiao import` does not pay for the server's dependencies.
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  import: { summary: '导入绩效文档（文本、Markdown、HTML、CSV、docx、xlsx、odt、ods、pdf、rtf），输出 jixiao.forms/v1', load: async () => (await import('./commands/import-command')).importCommand },
  check: { summary: '审核绩效目标：按规则检查文档或表单 JSON，列出问题', load: async () => (await import('./commands/check-command')).checkCommand },
  score: { summary: '绩效自评计分：重新计算自评表得分与等级', load: async () => (await import('./commands/score-command')).scoreCommand },
  export: { summary: '导出表单为 xlsx / docx / pdf / json / csv', load: async () => (await import('./commands/export-command')).exportCommand },
  serve: { summary: '启动服务器（网页与 REST API）', load: async () => (await import('./commands/serve-command')).serveCommand },
  audit: { summary: '审计日志：校验哈希链是否被篡改', load: async () => (await import('./commands/audit-command')).auditCommand },
};

export function processIO(): CommandIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stderr.isTTY),
  };
}

function help(): string {
  const lines = ['jixiao — 全面预算绩效管理 (budget performance management)', '', '用法: jixiao <命令> [参数]', '', '命令:'];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(8)} ${c.summary}`);
  lines.push('', '每个命令加 --help 查看详细用法。');
  return lines.join('\n') + '\n';
}

export async function main(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr(`未知命令：${name}\n\n${help()}`);
    return 2;
  }
  const command = await entry.load();
  // After `--` every argument is a file name, even one called "-h".
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (options.includes('--help') || options.includes('-h')) {
    io.stdout(`${command.summary}\n\n用法: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // Expected failures are values; reaching here is our bug, so say so in Chinese instead of a stack trace.
    const detail = error instanceof Error ? error.message : String(error);
    const stack = process.env.JIXIAO_DEBUG && error instanceof Error ? `\n${error.stack ?? ''}` : '';
    io.stderr(`jixiao ${name} 内部错误：${detail}。这是程序的问题，不是输入文件的问题；请把命令和文件报告给维护者（设置环境变量 JIXIAO_DEBUG=1 可看到详细信息）。${stack}\n`);
    return 70;
  }
}
