"""R9–R11: formand and næstformand by d'Hondt on the vote totals, valgforbund pooling their votes.

Two applications of the same primitive: between lists (each valgforbund counts as one list), then inside
every valgforbund that won a post, on its members' own votes. The two posts are not interchangeable, so
both runs use ordered seats: any shared quotient for a post is a tie (R8).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .dhondt import Allocation, highest_averages
from .lots import Lots, Tie
from .quotient import Quotient

POSTS = ("formand", "naestformand")


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
    post: str
    party: str
    list_key: str
    quotient: Quotient
    member_quotient: Quotient | None


@dataclass(frozen=True)
class Margin:
    """How close a post was, all other votes unchanged, in whole votes.

    ``needed`` is the smallest number of extra votes that would have given the runner-up a quotient above
    the winner's; ``surplus`` the most votes the winner could have lost and still won outright.
    """

    post: str
    winner: str
    runner_up: str | None
    winner_quotient: Quotient
    runner_up_quotient: Quotient | None
    needed: int | None
    surplus: int | None


@dataclass(frozen=True)
class ChairResult:
    kkr: str
    lists: tuple[ChairList, ...]
    posts: tuple[Post, ...]
    margins: tuple[Margin, ...]
    ties: tuple[Tie, ...]

    def holder(self, post: str) -> str | None:
        return next((p.party for p in self.posts if p.post == post), None)

    @property
    def complete(self) -> bool:
        return all(t.resolved for t in self.ties)


def chair_lists(votes: Mapping[str, int], valgforbund: Mapping[str, tuple[str, ...]]) -> tuple[ChairList, ...]:
    """R11: each valgforbund as one list with its members' summed votes; every other party alone."""
    allied = {p for members in valgforbund.values() for p in members}
    lists = [
        ChairList(name, tuple(sorted(members)), sum(votes[p] for p in members)) for name, members in valgforbund.items()
    ]
    lists += [ChairList(p, (p,), v) for p, v in votes.items() if p not in allied]
    return tuple(sorted(lists, key=lambda lst: (-lst.votes, lst.key)))


def elect_chair(
    kkr: str, votes: Mapping[str, int], valgforbund: Mapping[str, tuple[str, ...]], lots: Lots | None = None
) -> ChairResult:
    """Elect formand and næstformand among the represented parties ``votes`` (R9–R11)."""
    lists = chair_lists(votes, valgforbund)
    between = highest_averages(
        {lst.key: lst.votes for lst in lists},
        seats_to_add=len(POSTS) if any(lst.votes for lst in lists) else 0,
        ordered=True,
        lots=lots,
        context=f"{kkr}/formandsvalg",
    )
    by_key = {lst.key: lst for lst in lists}
    ties = list(between.ties)
    member_awards: dict[str, list] = {}
    for lst in lists:
        won = between.added(lst.key)
        if won and lst.is_valgforbund:
            inside = highest_averages(
                {p: votes[p] for p in lst.members},
                seats_to_add=won,
                ordered=True,
                lots=lots,
                context=f"{kkr}/valgforbund {lst.key}",
            )
            ties.extend(inside.ties)
            member_awards[lst.key] = list(inside.awards)
    posts = []
    for post, award in zip(POSTS, between.awards):
        if by_key[award.party].is_valgforbund:
            inner = member_awards[award.party].pop(0)
            posts.append(Post(post, inner.party, award.party, award.quotient, inner.quotient))
        else:
            posts.append(Post(post, award.party, award.party, award.quotient, None))
    return ChairResult(
        kkr, lists, tuple(posts), _margins({lst.key: lst.votes for lst in lists}, between, posts), tuple(ties)
    )


def _margins(list_votes: Mapping[str, int], between: Allocation, posts: list[Post]) -> tuple[Margin, ...]:
    """For each post: the best rival quotient at the moment it was awarded, and the votes in between."""
    margins = []
    held = dict.fromkeys(list_votes, 0)
    for post, award in zip(posts, between.awards):
        rivals = {key: Quotient(v, held[key] + 1) for key, v in list_votes.items() if key != award.party}
        q = award.quotient
        runner_up = min(rivals, key=lambda k: (-rivals[k].value, k), default=None)
        if runner_up is None:
            margins.append(Margin(post.post, award.party, None, q, None, None, None))
        else:
            r = rivals[runner_up]
            needed = (q.votes * r.divisor) // q.divisor - r.votes + 1
            surplus = q.votes - (r.votes * q.divisor) // r.divisor - 1
            margins.append(Margin(post.post, award.party, runner_up, q, r, needed, surplus))
        held[award.party] += 1
    return tuple(margins)
