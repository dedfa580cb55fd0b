/** `value[key]` of a value not validated yet (raw YAML), or undefined when it is not an object. */
export function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? Reflect.get(value, key) : undefined;
}
