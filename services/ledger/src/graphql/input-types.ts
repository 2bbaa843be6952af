import { z } from 'zod';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  default?: unknown;
  additionalProperties?: unknown;
  anyOf?: JsonSchema[];
}

const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const describe = (schema: JsonSchema): string | undefined => {
  if (schema.enum) return `One of: ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (schema.format === 'date') return 'A date, YYYY-MM-DD';
  if (schema.format === 'date-time') return 'An ISO 8601 date-time with offset';
  return undefined;
};

/**
 * Turns zod object schemas into GraphQL input types, so the API's inputs are derived from the
 * contracts instead of being a second list of the same fields. Enums become String (their values,
 * such as "18-26", are not valid GraphQL names); zod checks them and names the field on error.
 */
export class InputTypeBuilder {
  private readonly defs: string[] = [];

  build(typeName: string, ...schemas: z.ZodObject[]): string {
    const merged = schemas.reduce((acc, s) => acc.extend(s.shape), z.object({}));
    this.objectType(typeName, z.toJSONSchema(merged, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
    return typeName;
  }

  sdl(): string {
    return this.defs.join('\n\n');
  }

  private objectType(name: string, schema: JsonSchema): void {
    const required = new Set(schema.required ?? []);
    const fields = Object.entries(schema.properties ?? {}).map(([field, prop]) => {
      const nonNull = required.has(field) && prop.default === undefined ? '!' : '';
      const doc = describe(prop);
      return `${doc ? `  "${doc.replace(/"/g, '\\"')}"\n` : ''}  ${field}: ${this.fieldType(`${name}${pascal(field)}`, prop)}${nonNull}`;
    });
    this.defs.push(`input ${name} {\n${fields.join('\n')}\n}`);
  }

  private fieldType(name: string, schema: JsonSchema): string {
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
    switch (type) {
      case 'string':
        return 'String';
      case 'integer':
        return 'Int';
      case 'number':
        return 'Float';
      case 'boolean':
        return 'Boolean';
      case 'array':
        return `[${this.fieldType(name.replace(/s$/, ''), schema.items ?? {})}!]`;
      case 'object':
        if (schema.properties) {
          this.objectType(name, schema);
          return name;
        }
        return 'JSON';
      default:
        return 'JSON';
    }
  }
}
