import { parametersSchema, type Parameters } from "./schemas/parameters";
import { pricingSchema, type Pricing } from "./schemas/pricing";
import { throwIfErrors } from "./issues";
import { memoInProduction, readYamlFile } from "./read";

export type { Parameters, Pricing };

export function loadPricingWithIssues() {
  return readYamlFile("data/pricing.yaml", pricingSchema);
}

export function loadParametersWithIssues() {
  return readYamlFile("data/parameters.yaml", parametersSchema);
}

export const getPricing = memoInProduction((): Pricing => {
  const { records, issues } = loadPricingWithIssues();
  throwIfErrors(issues);
  if (!records[0]) throw new Error("content/data/pricing.yaml is missing");
  return records[0].data;
});

export const getParameters = memoInProduction((): Parameters => {
  const { records, issues } = loadParametersWithIssues();
  throwIfErrors(issues);
  if (!records[0]) throw new Error("content/data/parameters.yaml is missing");
  return records[0].data;
});
