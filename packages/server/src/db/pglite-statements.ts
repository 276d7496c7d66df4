import { parse, protocol, type PGlite, type Results } from '@electric-sql/pglite';
import { RepeatedStatements } from './repeated-statements';

// Statements kept prepared in the PGlite backend; past this, new texts run unprepared.
export const MAX_PGLITE_STATEMENTS = 200;

type Message = Awaited<ReturnType<PGlite['execProtocolStream']>>[number];

interface Statement {
  name: string;
  /** Parameter type oids, as PostgreSQL inferred them when the statement was prepared. */
  types: number[];
}

/**
 * Named prepared statements for PGlite, whose `query` parses and plans every statement afresh:
 * for the form read that costs several times the execution. Which texts are prepared: see
 * repeated-statements.ts. Values are
 * serialised by the parameter types PostgreSQL reports, as PGlite's own `query` does. Each
 * execution runs under PGlite's query lock, so it never interleaves with another statement.
 * Statements are never closed: PostgreSQL replans one when a table it reads changes, and every
 * statement of this process runs against the same migrations.
 */
export class PGliteStatements {
  private readonly repeated = new RepeatedStatements();
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly pglite: PGlite) {}

  /** The result of `text` with `values`, or null when the text is not (yet) worth preparing. */
  async run(text: string, values: readonly unknown[]): Promise<Results | null> {
    let statement = this.statements.get(text);
    if (!statement) {
      const name = this.repeated.nameOf(text, values.length);
      if (name === null || this.statements.size >= MAX_PGLITE_STATEMENTS) return null;
      statement = await this.prepare(name, text);
      this.statements.set(text, statement);
    }
    return this.execute(statement, values);
  }

  private send(message: Uint8Array): Promise<Message[]> {
    return this.pglite.execProtocolStream(message, { syncToFs: false });
  }

  private prepare(name: string, text: string): Promise<Statement> {
    return this.pglite.runExclusive(async () => {
      const messages: Message[] = [];
      try {
        await this.send(protocol.serialize.parse({ name, text, types: [] }));
        messages.push(...(await this.send(protocol.serialize.describe({ type: 'S', name }))));
      } finally {
        await this.send(protocol.serialize.sync());
      }
      return { name, types: parse.parseDescribeStatementResults(messages) };
    });
  }

  private async execute(statement: Statement, values: readonly unknown[]): Promise<Results> {
    const serializers = this.pglite.serializers;
    const text = values.map((v, i) => {
      if (v === null || v === undefined) return null;
      const serialize = serializers[statement.types[i] ?? -1];
      return serialize ? serialize(v) : String(v);
    });
    const result = await this.pglite.runExclusive(async () => {
      const messages: Message[] = [];
      try {
        messages.push(...(await this.send(protocol.serialize.bind({ statement: statement.name, values: text }))));
        messages.push(...(await this.send(protocol.serialize.describe({ type: 'P' }))));
        messages.push(...(await this.send(protocol.serialize.execute({}))));
      } finally {
        messages.push(...(await this.send(protocol.serialize.sync())));
      }
      return parse.parseResults(messages, this.pglite.parsers)[0]!;
    });
    // As PGlite's query does after each statement: a data folder on disk gets the change.
    await this.pglite.syncToFs();
    return result;
  }
}
