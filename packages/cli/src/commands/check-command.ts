import type { Command } from '../command';

// Placeholder until the command lands.
export const checkCommand: Command = {
  name: 'check',
  summary: 'check',
  usage: 'jixiao check',
  run: async (_args, io) => {
    io.stderr('尚未实现\n');
    return 1;
  },
};
