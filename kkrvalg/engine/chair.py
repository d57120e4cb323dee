"""R9–R11: formand and næstformand by d'Hondt on the vote totals, valgforbund pooling their votes.

Two applications of the same primitive: between lists (each valgforbund counts as one list), then inside
every valgforbund that won a post, on its members' own votes. The two posts are not interchangeable, so
both runs use ordered seats: any shared quotient for a post is a tie (R8).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .dhondt import Allocation, Award, highest_averages
from .lots import Lots, Tie, TieContext
from .quotient import Quotient

POSTS = ("formand", "naestformand")


def post_of(tie: Tie) -> str | None:
    """The post a tie of the chair election decides (seat 1 is formand, seat 2 næstformand), else None."""
    return POSTS[tie.seat - 1] if tie.context.kind == "chair" and tie.seat <= len(POSTS) else None


@dataclass(frozen=True)
class ChairList:
    """A list in the chair election: a valgforbund (``members`` > 1) or a party standing alone."""

    key: str
    members: tuple[str, ...]
    votes: int

    @property
    def is_valgforbund(self) -> bool:
        return len(self.members) > 1


@dataclass(frozen=True)
class Post:
    """One post and who holds it; while a lot decides it, ``party`` (and perhaps ``list_key``) is None."""

    post: str
    party: str | None
    list_key: str | None
    quotient: Quotient | None
    member_quotient: Quotient | None
    by_lot: bool = False
    """Decided by a drawing (between lists or inside the valgforbund), not by a larger quotient."""

    @property
    def decided(self) -> bool:
        return self.party is not None


@dataclass(frozen=True)
class Margin:
    """How close a post was, all other votes unchanged, in whole votes.

    ``needed`` is the smallest number of extra votes that would have given the runner-up a quotient above
    the winner's; ``surplus`` the most votes the winner could have lost and still won outright. A post
    won by lot has neither: ``by_lot`` says the quotients were equal.
    """

    post: str
    winner: str
    runner_up: str | None
    winner_quotient: Quotient
    runner_up_quotient: Quotient | None
    needed: int | None
    surplus: int | None
    by_lot: bool = False


@dataclass(frozen=True)
class ChairResult:
    name: str
    lists: tuple[ChairList, ...]
    posts: tuple[Post, ...]
    margins: tuple[Margin, ...]
    ties: tuple[Tie, ...]

    def holder(self, post: str) -> str | None:
        """The party holding ``post``, or None while a lot decides it."""
        return next((p.party for p in self.posts if p.post == post), None)

    @property
    def pending(self) -> Tie | None:
        return next((t for t in self.ties if not t.resolved), None)

    @property
    def complete(self) -> bool:
        return self.pending is None


def chair_lists(votes: Mapping[str, int], valgforbund: Mapping[str, tuple[str, ...]]) -> tuple[ChairList, ...]:
    """R11: each valgforbund as one list with its members' summed votes; every other party alone."""
    allied = {p for members in valgforbund.values() for p in members}
    lists = [
        ChairList(name, tuple(sorted(members)), sum(votes[p] for p in members)) for name, members in valgforbund.items()
    ]
    lists += [ChairList(p, (p,), v) for p, v in votes.items() if p not in allied]
    return tuple(sorted(lists, key=lambda lst: (-lst.votes, lst.key)))


LOT = -1
"""Marks a post whose holder is decided by lot (R8) in a scenario."""


def inner_posts(member_votes: list[int]) -> tuple[int, int]:
    """R11 inside one list: the member (index) taking its first post, and its second if it wins both.

    d'Hondt on the members' own votes, in closed form for the two posts: the largest member first; the second
    post to the largest of the first member's ÷2 and the runner-up's ÷1. ``LOT`` where equal quotients leave it
    to a drawing. The scenario engines (R12) evaluate millions of valgforbund with it; :func:`elect_chair` is
    the same rule through :func:`~kkrvalg.engine.dhondt.highest_averages`, and the tests hold the two together
    on every partition.
    """
    ranked = sorted(range(len(member_votes)), key=lambda i: -member_votes[i])
    top = member_votes[ranked[0]]
    runner = member_votes[ranked[1]] if len(ranked) > 1 else 0
    if len(ranked) > 1 and runner == top:
        return LOT, LOT
    if top > 2 * runner:
        return ranked[0], ranked[0]
    if top < 2 * runner and (len(ranked) < 3 or member_votes[ranked[2]] != runner):
        return ranked[0], ranked[1]
    return ranked[0], LOT


def elect_chair(
    name: str, votes: Mapping[str, int], valgforbund: Mapping[str, tuple[str, ...]], lots: Lots | None = None
) -> ChairResult:
    """Elect formand and næstformand of body ``name`` among the represented parties ``votes`` (R9–R11).

    A post that waits for a lot has no holder, and nothing after it in the same allocation is decided.
    """
    lists = chair_lists(votes, valgforbund)
    between = highest_averages(
        {lst.key: lst.votes for lst in lists},
        seats_to_add=len(POSTS) if any(lst.votes for lst in lists) else 0,
        ordered=True,
        lots=lots,
        context=TieContext(name, "chair"),
    )
    by_key = {lst.key: lst for lst in lists}
    ties = list(between.ties)
    inner_awards: dict[str, list[Award | None]] = {}
    for lst in lists:
        won = between.added(lst.key)
        if won and lst.is_valgforbund:
            inside = highest_averages(
                {p: votes[p] for p in lst.members},
                seats_to_add=won,
                ordered=True,
                lots=lots,
                context=TieContext(name, "valgforbund", lst.key),
            )
            ties.extend(inside.ties)
            inner_awards[lst.key] = [*inside.awards, *[None] * (won - len(inside.awards))]
    posts = []
    for index, post in enumerate(POSTS):
        award = between.awards[index] if index < len(between.awards) else None
        if award is None:
            posts.append(Post(post, None, None, None, None))
        elif by_key[award.party].is_valgforbund:
            inner = inner_awards[award.party].pop(0)
            posts.append(
                Post(
                    post,
                    inner.party if inner else None,
                    award.party,
                    award.quotient,
                    inner.quotient if inner else None,
                    bool(award.tie or (inner and inner.tie)),
                )
            )
        else:
            posts.append(Post(post, award.party, award.party, award.quotient, None, award.tie is not None))
    margins = _margins({lst.key: lst.votes for lst in lists}, between)
    return ChairResult(name, lists, tuple(posts), margins, tuple(ties))


def _margins(list_votes: Mapping[str, int], between: Allocation) -> tuple[Margin, ...]:
    """For each post decided between lists: the best rival quotient when it was awarded, and the votes
    in between (or that it was won by lot, when the quotients were equal)."""
    margins = []
    held = dict.fromkeys(list_votes, 0)
    for post, award in zip(POSTS, between.awards):
        rivals = {key: Quotient(v, held[key] + 1) for key, v in list_votes.items() if key != award.party}
        q = award.quotient
        runner_up = min(rivals, key=lambda k: (-rivals[k].value, k), default=None)
        if runner_up is None:
            margins.append(Margin(post, award.party, None, q, None, None, None))
        elif rivals[runner_up] == q:
            margins.append(Margin(post, award.party, runner_up, q, rivals[runner_up], None, None, by_lot=True))
        else:
            r = rivals[runner_up]
            needed = (q.votes * r.divisor) // q.divisor - r.votes + 1
            surplus = q.votes - (r.votes * q.divisor) // r.divisor - 1
            margins.append(Margin(post, award.party, runner_up, q, r, needed, surplus))
        held[award.party] += 1
    return tuple(margins)
