import { Field, TextInput } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { forwardRef, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import type { Parsed } from './number-notation';

type Props = { name: string; label: ReactNode; hint?: ReactNode; required?: boolean; disabled?: boolean; labelAction?: ReactNode };
type Format = { parse: (text: string) => Parsed; format: (value: number | null | undefined) => string; prefix?: string };

/**
 * An input for a whole number the editor types in their own notation (euros with a comma,
 * a year without a thousands dot): the form holds the number, the field shows the text,
 * and a text that is no such number is refused with what to type.
 */
export function parsedNumberInput({ parse, format, prefix }: Format): ComponentType {
  const Input = forwardRef<HTMLInputElement, Props>(({ name, label, hint, required, disabled, labelAction }, ref) => {
    const field = useField<number | null>(name);
    const [text, setText] = useState(format(field.value));
    const [problem, setProblem] = useState<string | null>(null);
    // A value set from outside (a reset, another tab) replaces what is shown; not on every keystroke.
    useEffect(() => {
      const shown = parse(text);
      if (!shown.ok || shown.value !== (field.value ?? null)) setText(format(field.value));
    }, [field.value]);
    const change = (value: string) => {
      setText(value);
      const parsed = parse(value);
      setProblem(parsed.ok ? null : parsed.message);
      if (parsed.ok) field.onChange(name, parsed.value);
    };
    return (
      <Field.Root name={name} required={required} hint={hint} error={problem ?? field.error}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <TextInput
          ref={ref}
          inputMode="decimal"
          startAction={prefix ? <span aria-hidden="true">{prefix}</span> : undefined}
          value={text}
          disabled={disabled}
          onChange={(event: { target: { value: string } }) => change(event.target.value)}
        />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  });
  // Strapi types custom inputs without props; it renders them with the field's props (name, label, hint…).
  return Input as unknown as ComponentType;
}
