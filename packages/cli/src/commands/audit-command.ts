import type { Command } from '../command';

// Placeholder until the command lands.
export const auditCommand: Command = {
  name: 'audit',
  summary: 'audit',
  usage: 'jixiao audit',
  run: async (_args, io) => {
    io.stderr('尚未实现\n');
    return 1;
  },
};
