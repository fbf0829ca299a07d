/**
 * An organisation's own rules in bulk, as a large deployment would have
 * them: rule `i` is `org-tool-<i>` on the hosts `h<n>.org-tool-<i>.example`.
 * Shared by the scale tests in both browsers and the benchmark.
 */
export const orgRule = (i: number, hosts: number) => ({
  id: `org-tool-${i}`,
  name: `Org Tool ${i}`,
  category: 'messenger',
  hosts: Array.from({ length: hosts }, (_, h) => `h${h}.org-tool-${i}.example`),
  status: 'not-approved',
  summary: `Org Tool ${i} ist nicht freigegeben.`,
  reasons: ['Nur dienstlich bereitgestellte Dienste.'],
});

/** `count` rules of `hostsPerRule` hosts each. */
export const orgRules = (count: number, hostsPerRule: number) =>
  Array.from({ length: count }, (_, i) => orgRule(i, hostsPerRule));
