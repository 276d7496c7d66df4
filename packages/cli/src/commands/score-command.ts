import type { Command } from '../command';

// Placeholder until the command lands.
export const scoreCommand: Command = {
  name: 'score',
  summary: 'score',
  usage: 'jixiao score',
  run: async (_args, io) => {
    io.stderr('尚未实现\n');
    return 1;
  },
};
