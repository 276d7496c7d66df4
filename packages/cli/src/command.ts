/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal, so progress bars may redraw in place. */
  isTTY: boolean;
}

export interface Command {
  name: string;
  /** One line of Chinese help. */
  summary: string;
  usage: string;
  run: (args: string[], io: CommandIO) => Promise<number>;
}
