import type { Messages } from './en.js';
import { items } from './fr/items.js';
import { people } from './fr/people.js';
import { casePlan } from './fr/case-plan.js';
import { lifecycle } from './fr/lifecycle.js';
import { document } from './fr/document.js';

/** French: the editor's own texts; those of each part are in ./fr/. */
export const fr: Messages = {
  "spe.title.service": "Plan de service",
  "spe.title.outcome": "Projet pour l'enfant",
  "spe.loading": "Ouverture du plan…",
  "spe.load-failed": "Le plan n'a pas pu être ouvert.",
  "spe.not-configured": "Ce plan ne peut pas être affiché : le dossier n'est pas connu. Le logiciel de gestion des dossiers doit indiquer un dossier.",
  "spe.readonly.notice": "Vous consultez ce plan. Seul le travailleur social référent peut le modifier.",
  "spe.readonly.no-user": "Le système de gestion des dossiers n’a pas indiqué qui est connecté (ou ce qu’il a indiqué n’est pas valide) : ce plan peut être lu, mais pas modifié.",
  "spe.toolbar.label": "Outils du plan",
  "spe.saved-announce": "Plan enregistré.",
  "spe.status-announce": "Le plan est maintenant : {status}.",
  "spe.actions": "Actions",
  "spe.none": "Aucun",
  "spe.choose": "Choisir…",
  "spe.remove-named": "Retirer « {name} »",
  "plan.unsaved-on-switch": "Vos dernières modifications du plan que vous avez quitté n'ont pas été enregistrées : elles entrent en conflit avec des modifications enregistrées ailleurs, ou le stockage a échoué. Rouvrez ce plan pour régler cela.",
  "spe.named-action": "{action} : {name}",
  "spe.label": "{label} :",
  "spe.field.of-item": "de « {name} »",
  "spe.outline.people": {"zero": "Aucun membre pour l’instant", "one": "{count} membre : {names}", "other": "{count} membres : {names}"},
  "spe.outline.needs": "Besoins : {needs} · Forces : {strengths}",
  "spe.outline.milestones": {"zero": "Aucun pour l’instant", "one": "{count} jalon, {achieved} atteint(s)", "other": "{count} jalons, {achieved} atteint(s)"},
  "spe.outline.safety": {"zero": "Aucune étape pour l’instant", "one": "{count} étape", "other": "{count} étapes"},
  "spe.outline.details": "{count} sur {total} renseignés",
  "spe.outline.approvals": {"zero": "Aucune décision enregistrée", "one": "{count} décision enregistrée", "other": "{count} décisions enregistrées"},
  "spe.outline.steps": "Terminer, clore ou annuler le plan",
  "spe.plans.heading": "Plans de ce dossier",
  "spe.plans.none": "Ce dossier n’a pas encore de plan.",
  "spe.plans.new": "Nouveau plan",
  "spe.plans.back": "Tous les plans du dossier",
  "spe.plans.col.plan": "Plan (son objectif)",
  "spe.plans.col.kind": "Type",
  "spe.plans.col.status": "État",
  "spe.plans.col.version": "Version",
  "spe.plans.col.dates": "Dates",
  "spe.plans.dates": "Commencé le {created}, modifié le {updated}",
  "spe.plans.active-since": "En vigueur depuis le {date}",
  "spe.errors.heading": {"one": "Il y a un problème", "other": "Il y a {count} problèmes"},
  "spe.date.format-hint": "Par exemple {example}",
  ...items,
  ...people,
  ...casePlan,
  ...lifecycle,
  ...document,
  // Add-item form built on demand (issue 18, memory): the button that opens it names its sub-goal.
  "spe.item.add-open": "Ajouter un élément de plan au sous-objectif « {title} »",
  // Issue 9q (typing left on another plan-id): the cp-error code when the plan left held typing no record can take.
  "plan.typing-left-on-switch": "Ce que vous avez saisi dans le plan que vous avez quitté n'a pas été enregistré : une valeur illisible (comme « 120e » dans un coût), un texte refusé par le plan ou un formulaire pas encore ajouté. Rouvrez ce plan pour le saisir à nouveau.",
  // Review R10l (refused text of a removed record): the note saying the text is kept (shown there, R10f) until discarded.
  "spe.held-typing.record-gone": "Le texte que vous avez saisi n'a pas pu être enregistré, et la partie du plan où vous l'avez saisi a été supprimée depuis (ici ou par quelqu'un d'autre). Il est affiché ci-dessous pour que vous puissiez le copier là où il doit aller ; il reste jusqu'à ce que vous l'abandonniez. Si la suppression est annulée ici, le texte retourne dans son champ.",
  // Review R10f (the gone-typing note: the kept text shown with what it was, a button to let it go; a commit nobody signed in may write).
  "spe.held-typing.gone-name": "{field} de « {record} »",
  "spe.held-typing.gone-unnamed": "Texte saisi dans une partie supprimée du plan",
  "spe.held-typing.discard": "Abandonner",
  "spe.held-typing.discard-named": "Abandonner le texte conservé : {name}",
  "spe.held-typing.discarded": "Abandonné : {name}",
  "spe.held-typing.no-writer": "Non enregistré : personne n'était connecté quand ce texte a été saisi. Modifiez le texte pour l'enregistrer.",
  // Issue 11a (sign-out): the cp-error code when signing out left typing no record can take (its own words, not "the plan you left").
  "plan.typing-left-on-sign-out": "Ce que vous avez saisi n'a pas été enregistré à la déconnexion : une valeur illisible (comme « 120e » dans un coût) ou un formulaire pas encore ajouté. Reconnectez-vous pour le saisir à nouveau.",
};
