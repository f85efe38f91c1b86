using System.Globalization;
using System.Text;
using LongAnMarket.Core.Search;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace LongAnMarket.Infrastructure.Search.Lucene;

/// <summary>How a <see cref="SearchDocument"/> becomes a Lucene document.</summary>
public static class LuceneFields
{
    public static Document ToDocument(SearchDocument product)
    {
        var id = product.ProductId.ToString(CultureInfo.InvariantCulture);
        var document = new Document
        {
            new StringField(SearchFields.Id, id, Field.Store.YES),
            new NumericDocValuesField(SearchFields.Id, product.ProductId),
            new TextField(SearchFields.Name, Nfc(product.Name), Field.Store.YES),
            new TextField(SearchFields.Producer, Nfc(product.ProducerName), Field.Store.NO),
            new TextField(SearchFields.Area, Nfc(product.AreaName), Field.Store.NO),
            new TextField(SearchFields.Category, Nfc(product.CategoryName), Field.Store.NO),
            new TextField(SearchFields.Description, Nfc(Cut(product.Description)), Field.Store.YES),
            new StringField(SearchFields.CategorySlug, product.CategorySlug, Field.Store.NO),
            new SortedDocValuesField(SearchFields.CategorySlug, new BytesRef(product.CategorySlug)),
            new StringField(SearchFields.AreaSlug, product.AreaSlug, Field.Store.NO),
            new SortedDocValuesField(SearchFields.AreaSlug, new BytesRef(product.AreaSlug)),
            new StringField(SearchFields.Ocop, (product.OcopStars ?? 0).ToString(CultureInfo.InvariantCulture), Field.Store.NO),
            new NumericDocValuesField(SearchFields.Ocop, product.OcopStars ?? 0),
            new Int64Field(SearchFields.Price, product.MinPriceDong, Field.Store.NO),
            new NumericDocValuesField(SearchFields.Price, product.MinPriceDong),
            new StringField(SearchFields.InStock, product.InStock ? "1" : "0", Field.Store.NO),
            new NumericDocValuesField(SearchFields.InStock, product.InStock ? 1 : 0),
            new NumericDocValuesField(SearchFields.Created, product.CreatedAt.UtcTicks),
            new NumericDocValuesField(SearchFields.Rating, product.RatingKey),
            new SortedDocValuesField(SearchFields.NameSort, new BytesRef(SearchText.Fold(product.Name))),
        };
        foreach (var certification in product.Certifications.Distinct())
        {
            document.Add(new StringField(SearchFields.Certification, certification, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(SearchFields.Certification, new BytesRef(certification)));
        }
        return document;
    }

    private static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);

    private static string Cut(string description) =>
        description.Length <= SearchDocument.MaxDescriptionLength ? description : description[..SearchDocument.MaxDescriptionLength];
}
