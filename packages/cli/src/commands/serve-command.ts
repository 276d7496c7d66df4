import type { Command } from '../command';

// Placeholder until the command lands.
export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve',
  usage: 'jixiao serve',
  run: async (_args, io) => {
    io.stderr('尚未实现\n');
    return 1;
  },
};
