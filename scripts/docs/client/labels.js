// Words for the codes the SDK returns (breakdown items, household types): page wording, not norms.
export const ITEMS = {
  base: { fr: 'Montant de base', en: 'Base amount' },
  children: { fr: 'Enfants', en: 'Children' },
  rent: { fr: 'Loyer', en: 'Rent' },
  healthInsurance: { fr: 'Assurance-maladie', en: 'Health insurance' },
  professional: { fr: 'Frais professionnels', en: 'Professional costs' },
  alimony: { fr: 'Contributions d’entretien', en: 'Maintenance payments' },
  childcare: { fr: 'Frais de garde', en: 'Childcare' },
  education: { fr: 'Frais de formation', en: 'Education' },
};
export const itemLabel = (item) => ITEMS[item] ?? { fr: item, en: item };
