import { z } from "zod";
import { slugString } from "./common";
import { routeIdSchema } from "./route";

const answer = z.strictObject({
  id: slugString,
  label: z.string().min(2),
  hint: z.string().optional(),
  /** Exactly one of: the next question id, or an outcome id. */
  next: z.string().optional(),
  outcome: z.string().optional(),
});

export const questionSchema = z.strictObject({
  id: slugString,
  question: z.string().min(5),
  help: z.string().optional(),
  answers: z.array(answer).min(2),
});

export const outcomeSchema = z.strictObject({
  id: slugString,
  route: routeIdSchema,
  title: z.string().min(5),
  why: z.string().min(20),
  /** Glossary slugs to use; a name shut down as of the build date is dropped and flagged by tests. */
  names: z.array(slugString).default([]),
  guides: z.array(slugString).default([]),
  /** Extra steps on top of the route's own route test, specific to this outcome. */
  extraChecks: z.array(z.string().min(5)).default([]),
});

export const pickerSchema = z.strictObject({
  start: slugString,
  questions: z.array(questionSchema).min(1),
  outcomes: z.array(outcomeSchema).min(1),
});
export type PickerData = z.infer<typeof pickerSchema>;
export type PickerQuestion = z.infer<typeof questionSchema>;
export type PickerOutcome = z.infer<typeof outcomeSchema>;
