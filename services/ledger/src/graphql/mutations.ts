import type { CommandBus } from '@nestjs/cqrs';
import { CommandMetadataSchema, commandDefinitions, type CommandType } from '@spoor/contracts';
import { ExecuteCommand } from '../commands/execute-command.js';
import { useCases } from '../use-cases.js';
import { principalFor, type GraphqlContext } from './graphql-context.js';
import { InputTypeBuilder } from './input-types.js';

const commandTypes = Object.keys(useCases) as CommandType[];
const fieldName = (type: CommandType): string => type.charAt(0).toLowerCase() + type.slice(1);

/** One mutation per command, `recordIdea(input: RecordIdeaInput!)`, its input derived from the contract. */
export const mutationTypeDefs = (): string => {
  const builder = new InputTypeBuilder();
  const fields = commandTypes.map((type) => {
    const input = builder.build(`${type}Input`, CommandMetadataSchema, commandDefinitions[type].schema);
    return `  ${fieldName(type)}(input: ${input}!): CommandResult!`;
  });
  return `${builder.sdl()}\n\ntype Mutation {\n${fields.join('\n')}\n}`;
};

type MutationResolver = (root: unknown, args: { input: unknown }, context: GraphqlContext) => Promise<unknown>;

export const mutationResolvers = (bus: CommandBus): Record<string, MutationResolver> =>
  Object.fromEntries(
    commandTypes.map((type) => [
      fieldName(type),
      (_root: unknown, args: { input: unknown }, context: GraphqlContext) =>
        bus.execute(new ExecuteCommand(type, { ...(args.input as object) }, principalFor(context, useCases[type].roles.includes('voter')))),
    ]),
  );
