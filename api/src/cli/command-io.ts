/** The standard streams of a CLI command, injectable so commands are tested without a process. */
export interface CommandIo {
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The real process streams. */
export const processIo: CommandIo = {
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
