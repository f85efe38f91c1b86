using LongAnMarket.Core.Search;

namespace LongAnMarket.Tests.Core.Search;

/// <summary>How the rewrite layer plans a query against the index's words, rule by rule.</summary>
public sealed class QueryRewriterTests
{
    private static readonly SearchVocabulary Vocabulary = new(Words(
        "gạo nàng thơm chợ đào lạp xưởng xương cần đước tôm khô nước mắm cá cơm con công thanh long ruột đỏ chanh không hạt " +
        "khóm sấy dẻo sương phơi nắng đậu phộng lục bình giỏ trống tròn bánh tét tết sen trà tim"));

    private static readonly QueryRewriter Rewriter = new(new SynonymTable(["khóm, thơm, dứa, pineapple", "đậu phộng, lạc, peanut", "thanh long, dragon fruit"]));

    private static IEnumerable<(string, int)> Words(string text) =>
        SearchText.Tokenize(text).SelectMany(t => new[] { (t.Exact, 3), (t.Folded, 3) }).Distinct();

    private static QueryPlan Plan(string text) => Rewriter.Plan(SearchText.NormalizeQuery(text), Vocabulary);

    private static IEnumerable<string> FormsOf(QueryPlan plan, int term, MatchKind kind) =>
        plan.Terms[term].Forms.Where(f => f.Kind == kind).Select(f => f.Word);

    [Fact]
    public void A_word_the_index_holds_is_searched_as_typed_never_as_a_typo()
    {
        var plan = Plan("gao nang thom");
        Assert.All(plan.Terms, t => Assert.False(t.IsCorrected));
        Assert.False(plan.Rewritten);
        Assert.DoesNotContain("tom", plan.Terms.SelectMany(t => t.Forms).Select(f => f.Word)); // "thom" is a word: no "tôm"
    }

    [Fact]
    public void A_word_the_index_lacks_gets_its_southern_spellings_weighing_more_than_its_typos()
    {
        var vocabulary = new SearchVocabulary(Words("lạp xưởng xương"));
        var suong = Rewriter.Plan("lap suong", vocabulary).Terms[1];
        Assert.Equal(["xuong"], suong.Forms.Where(f => f.Kind == MatchKind.Confusion).Select(f => f.Word));
        Assert.Contains("suong", suong.Forms.Where(f => f.Kind == MatchKind.Folded).Select(f => f.Word)); // as typed, too
        Assert.True(new TermForm("", MatchKind.Confusion).Weight > new TermForm("", MatchKind.Typo).Weight);
        Assert.True(new TermForm("", MatchKind.Folded).Weight > new TermForm("", MatchKind.Confusion).Weight);

        var typo = Rewriter.Plan("lap xuonq", vocabulary).Terms[1];
        Assert.Equal(["xuong"], typo.Forms.Where(f => f.Kind == MatchKind.Typo).Select(f => f.Word));
    }

    [Fact]
    public void A_dropped_letter_in_a_three_letter_word_is_found()
    {
        var plan = Plan("gao nag thom");
        Assert.Contains("nang", FormsOf(plan, 1, MatchKind.Typo));
        Assert.True(plan.Rewritten);
    }

    [Fact]
    public void Telex_vni_and_run_together_words_become_the_words_meant()
    {
        Assert.Equal(["gao", "nang", "thom"], Plan("gaoj nang thowm").Terms.Select(t => t.Folded));
        Assert.Equal(["gao", "nang", "thom"], Plan("ga5o na2ng tho7m").Terms.Select(t => t.Folded));
        Assert.Equal(["gao", "nang", "thom"], Plan("gaonangthom").Terms.Select(t => t.Folded));
        Assert.Equal(["nuoc", "mam", "ca", "com"], Plan("nuocmamcacom").Terms.Select(t => t.Folded));
        Assert.True(Plan("gaonangthom").Rewritten);
        Assert.Equal(["5", "kg"], Plan("5kg").Terms.Select(t => t.Folded)); // a number and its unit are not VNI
    }

    [Fact]
    public void A_synonym_phrase_of_another_length_stands_for_the_words_and_is_searched_as_written()
    {
        var peanut = Plan("lạc").Clauses.Single();
        Assert.Contains(peanut.Synonyms, s => s.SequenceEqual(["đậu", "phộng"]));
        var dragon = Plan("dragon fruit").Clauses.Single();
        Assert.Equal(2, dragon.Words.Count);
        Assert.Contains(dragon.Synonyms, s => s.SequenceEqual(["thanh", "long"]));
        Assert.All(dragon.Words, w => Assert.False(w.IsCorrected)); // English words are not "corrected" into Vietnamese ones

        // "dứa" typed with diacritics is pineapple; "dưa" (melon) is not in the group.
        Assert.NotEmpty(Plan("dứa").Clauses.Single().Synonyms);
        Assert.Empty(Plan("dưa").Clauses.Single().Synonyms);
    }

    [Fact]
    public void The_phrase_leaves_out_a_last_word_still_being_typed_but_keeps_a_whole_one()
    {
        Assert.Equal(3, Plan("gạo nàng thơm").Phrase.Count);
        Assert.Equal(2, Plan("gạo nàng th").Phrase.Count);
    }

    [Fact]
    public void The_correction_is_written_as_the_best_products_name_writes_it_and_keeps_numbers_as_typed()
    {
        var plan = Rewriter.Widened(Plan("lap suong 94270f59"), Vocabulary);
        Assert.Equal("lạp xưởng 94270f59", QueryRewriter.CorrectionFrom(plan, "Lạp xưởng Cần Đước", Vocabulary));
        var typed = Rewriter.Widened(Plan("Lạp xưởng"), Vocabulary);
        Assert.Null(QueryRewriter.CorrectionFrom(typed, "Lạp xưởng Cần Đước", Vocabulary)); // nothing to correct
    }

    [Fact]
    public void The_vocabulary_spells_a_word_as_most_products_do_and_finds_words_one_typo_away()
    {
        var vocabulary = new SearchVocabulary([("thanh", 30), ("thạnh", 6), ("nắng", 9), ("nàng", 20), ("nang", 29)]);
        Assert.Equal("thanh", vocabulary.Spelling("thanh")); // written bare in "Thanh long" more often than "Thạnh"
        Assert.Equal("nàng", vocabulary.Spelling("nang"));
        Assert.Contains("nang", vocabulary.Near("nag", 1, 5));
        Assert.DoesNotContain("thanh", vocabulary.Near("khanh", 1, 5)); // the first letter is taken as typed
        Assert.True(vocabulary.HasPrefix("tha"));
        Assert.False(vocabulary.HasPrefix("thx"));
    }
}
