import type { IdeaKind } from '@spoor/contracts';

/**
 * Short reasons a moderator gives for linking an idea to a theme. `{about}` is what the theme is
 * about ("bomen, parken en groen in de buurt"), `{title}` its title.
 */
export const PRIMARY_RATIONALES: Readonly<Record<IdeaKind, readonly string[]>> = {
  wish: [
    'Wens over {about}.',
    'Een voorstel over {about}.',
    'De deelnemers willen iets veranderen aan {about}.',
    'Concrete wens; past bij {title}.',
    'Wens uit het gesprek, over {about}.',
  ],
  need: [
    'Knelpunt rond {about}.',
    'Beschrijft een probleem met {about}.',
    'Behoefte die past bij {title}.',
    'Wat de deelnemers missen, gaat over {about}.',
    'Signaal over {about}.',
  ],
};

export const COMMON_RATIONALES: readonly string[] = [
  'Gaat over {about}.',
  'Past bij {title}.',
  'Hoort bij {title}: het gaat over {about}.',
  'Zelfde strekking als andere ideeën over {about}.',
  'Kernpunt van het idee is {about}.',
  'Onderwerp: {about}.',
];

/** For a second theme next to the first. */
export const SECONDARY_RATIONALES: readonly string[] = [
  'Raakt ook aan {about}.',
  'Noemt ook {about}; daarom ook in dit thema.',
  'Tweede koppeling: het idee gaat deels over {about}.',
  'Ook van belang voor {title}.',
  'Past daarnaast bij {title}.',
];

export const fillTheme = (template: string, theme: { readonly title: string; readonly about: string }): string =>
  template.replaceAll('{about}', theme.about).replaceAll('{title}', theme.title);
