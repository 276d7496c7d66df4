import type { Command } from '../command';

// Placeholder until the command lands.
export const exportCommand: Command = {
  name: 'export',
  summary: 'export',
  usage: 'jixiao export',
  run: async (_args, io) => {
    io.stderr('尚未实现\n');
    return 1;
  },
};
