import type { Command } from '../command';

// Placeholder until the command lands.
export const importCommand: Command = {
  name: 'import',
  summary: 'import',
  usage: 'jixiao import',
  run: async (_args, io) => {
    io.stderr('尚未实现\n');
    return 1;
  },
};
