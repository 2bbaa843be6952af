import { CommandHandler, type ICommandHandler, Command } from '@nestjs/cqrs';
import type { CommandType } from '@spoor/contracts';
import type { Principal } from '../shared/use-case.js';
import { CommandExecutor, type ExecuteOptions } from './command-executor.js';
import type { CommandResult } from './command-result.js';

/** Any ledger command, as sent through the CQRS command bus by GraphQL, the CLI and the demo loader. */
export class ExecuteCommand extends Command<CommandResult> {
  constructor(
    readonly type: CommandType,
    readonly input: unknown,
    readonly principal: Principal,
    readonly options: ExecuteOptions = {},
  ) {
    super();
  }
}

@CommandHandler(ExecuteCommand)
export class ExecuteCommandHandler implements ICommandHandler<ExecuteCommand, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: ExecuteCommand): Promise<CommandResult> {
    return this.executor.execute(command.type, command.input, command.principal, command.options);
  }
}
