using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Tests.Support;
using LongAnMarket.Web.Commands;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Tests.Web.Traceability.Attacks;

/// <summary>
/// Attacks on a lot's record from outside the platform (SQL, file edits, edited exports), each checked on the page a
/// consumer sees and with `verify-lot` on an export. The head log is anchored by a real RFC 3161 TSA before each attack.
/// </summary>
public abstract class ProvenanceAttackTests(AnchoredAppFixture fixture) : IDisposable
{
    private const string Intact = "Hồ sơ nguyên vẹn";
    private const string Altered = "Hồ sơ đã bị sửa sau sự kiện";
    private MarketAppFactory _app = fixture.App;
    private readonly string _folder = Directory.CreateTempSubdirectory("longan-attack-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_one_byte_edit_to_an_event_is_caught_on_the_page_and_in_an_export()
    {
        var lot = await AnchoredLotAsync();
        await _app.WithDbAsync(db => db.TraceEvents.Where(e => e.LotId == lot.LotId && e.Sequence == 2)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.Note, "Đóng thùng 11 kg.")));
        Assert.Contains(Altered + " 1", await PageTextAsync(lot));
        Assert.Equal(1, (await VerifyAsync(await ExportAsync(lot), lot)).Code);
    }

    [Fact]
    public async Task Reordered_events_are_caught()
    {
        var lot = await AnchoredLotAsync();
        await _app.WithDbAsync(async db =>
        {
            var events = db.TraceEvents.Where(e => e.LotId == lot.LotId);
            await events.Where(e => e.Sequence == 2).ExecuteUpdateAsync(e => e.SetProperty(x => x.Sequence, 99));
            await events.Where(e => e.Sequence == 3).ExecuteUpdateAsync(e => e.SetProperty(x => x.Sequence, 2));
            await events.Where(e => e.Sequence == 99).ExecuteUpdateAsync(e => e.SetProperty(x => x.Sequence, 3));
        });
        Assert.Contains(Altered + " 1", await PageTextAsync(lot));
        Assert.Equal(1, (await VerifyAsync(await ExportAsync(lot), lot)).Code);
    }

    [Fact]
    public async Task Deleting_the_last_event_is_caught()
    {
        var lot = await AnchoredLotAsync();
        await _app.WithDbAsync(db => db.TraceEvents.Where(e => e.LotId == lot.LotId && e.Sequence == 5).ExecuteDeleteAsync());
        Assert.Contains(Altered + " 4", await PageTextAsync(lot));
        Assert.Equal(1, (await VerifyAsync(await ExportAsync(lot), lot)).Code);
    }

    [Fact]
    public async Task Deleting_the_last_events_with_their_log_statements_and_rewinding_the_head_is_caught()
    {
        await using var isolated = await fixture.IsolatedAsync(); // the attack breaks the log for every lot after it
        _app = isolated.App;
        var lot = await AnchoredLotAsync();
        await _app.WithDbAsync(async db =>
        {
            var third = await db.TraceEvents.Where(e => e.LotId == lot.LotId && e.Sequence == 3).Select(e => e.LinkHash).SingleAsync();
            await db.TraceEvents.Where(e => e.LotId == lot.LotId && e.Sequence > 3).ExecuteDeleteAsync();
            await db.TraceLog.Where(e => e.LotId == lot.LotId && e.RecordCount > 3).ExecuteDeleteAsync();
            await db.Lots.Where(l => l.Id == lot.LotId).ExecuteUpdateAsync(l => l.SetProperty(x => x.HeadLink, third));
        });
        var page = await PageTextAsync(lot);
        Assert.Contains(Altered + " 3", page); // the witness outside the database still holds the time-stamped head
        Assert.DoesNotContain(Intact, page);
        Assert.Equal(1, (await VerifyAsync(await ExportAsync(lot), lot)).Code);
    }

    [Fact]
    public async Task A_truncated_export_file_is_caught()
    {
        var lot = await AnchoredLotAsync();
        var export = await ExportAsync(lot);
        var document = JsonNode.Parse(await File.ReadAllTextAsync(export))!;
        var chain = document["longan:chain"]!;
        foreach (var list in new[] { document["epcisBody"]!["eventList"]!.AsArray(), chain["longan:links"]!.AsArray() })
            while (list.Count > 3) list.RemoveAt(list.Count - 1);
        var log = chain["longan:log"]!.AsArray();
        while (log.Count > 3) log.RemoveAt(log.Count - 1);
        await File.WriteAllTextAsync(export, document.ToJsonString());
        var (code, output) = await VerifyAsync(export, lot);
        Assert.Equal(1, code);
        Assert.Contains("covers 5 records; the document holds 3", output);
    }

    [Fact]
    public async Task Another_lots_export_is_refused_as_the_record_of_the_lot_in_hand()
    {
        var lot = await AnchoredLotAsync();
        var other = await AnchoredLotAsync();
        var (code, output) = await VerifyAsync(await ExportAsync(other), lot);
        Assert.Equal(1, code);
        Assert.Contains($"not of {new DigitalLink(lot.Gtin, lot.Code, null).CanonicalUri}", output);
        Assert.Equal(0, (await VerifyAsync(await ExportAsync(other), other)).Code);
    }

    [Fact]
    public async Task Clearing_the_recall_columns_does_not_hide_the_recall()
    {
        var lot = await AnchoredLotAsync(recall: true);
        await _app.WithDbAsync(db => db.Lots.Where(l => l.Id == lot.LotId)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.RecalledAtUtc, (DateTime?)null).SetProperty(x => x.RecallReason, (string?)null)));
        var page = await new Visitor(_app).PageAsync(lot.Path);
        Assert.Contains("Lô hàng này đã bị thu hồi", page.Text());
        Assert.Contains("Phát hiện dư lượng vượt ngưỡng.", page.Text());
        Assert.Contains(Intact, page.Text()); // the record itself is untouched
        Assert.Null(page.QuerySelector($"a[href='/p/{lot.Product.Slug}']"));
        Assert.Equal(0, (await VerifyAsync(await ExportAsync(lot), lot)).Code);
    }

    [Fact]
    public async Task Deleting_the_recall_event_is_caught()
    {
        var lot = await AnchoredLotAsync(recall: true);
        await _app.WithDbAsync(async db =>
        {
            await db.TraceEvents.Where(e => e.LotId == lot.LotId && e.Sequence == 6).ExecuteDeleteAsync();
            var fifth = await db.TraceEvents.Where(e => e.LotId == lot.LotId && e.Sequence == 5).Select(e => e.LinkHash).SingleAsync();
            await db.Lots.Where(l => l.Id == lot.LotId).ExecuteUpdateAsync(l => l
                .SetProperty(x => x.HeadLink, fifth).SetProperty(x => x.RecalledAtUtc, (DateTime?)null).SetProperty(x => x.RecallReason, (string?)null));
        });
        var page = await PageTextAsync(lot);
        Assert.Contains(Altered + " 5", page);
        Assert.DoesNotContain(Intact, page);
        Assert.Equal(1, (await VerifyAsync(await ExportAsync(lot), lot)).Code);
    }

    [Fact]
    public async Task A_changed_attachment_is_caught_on_the_page_when_served_and_by_verify_lot_fetching_it()
    {
        var lot = await AnchoredLotAsync(photo: true);
        var export = await ExportAsync(lot);
        Assert.Equal(0, (await VerifyAsync(export, lot, "--fetch-attachments")).Code);
        var path = await _app.WithDbAsync(db => db.Set<TraceAttachment>().Where(a => db.TraceEvents.Any(e => e.Id == a.EventId && e.LotId == lot.LotId))
            .Select(a => a.Path).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await new Visitor(_app).Client.GetAsync(path)).StatusCode);

        var file = Path.Combine(_app.DataPath, "media", path["/media/".Length..]);
        var bytes = await File.ReadAllBytesAsync(file);
        bytes[^1] ^= 0xFF;
        await File.WriteAllBytesAsync(file, bytes);

        Assert.Contains(Altered + " 3", await PageTextAsync(lot)); // the photo belongs to the fourth record
        var served = await new Visitor(_app).Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Conflict, served.StatusCode);
        Assert.Contains("đã bị thay đổi sau khi được niêm phong", await served.Content.ReadAsStringAsync());
        var (code, output) = await VerifyAsync(export, lot, "--fetch-attachments");
        Assert.Equal(1, code);
        Assert.Contains($"{path} answered 409", output); // the site itself refuses to serve the changed file
    }

    [Fact]
    public async Task A_replaced_key_file_verifies_old_records_by_kid_and_a_missing_one_stops_start_up()
    {
        var lot = await AnchoredLotAsync();
        var export = await ExportAsync(lot);
        var keyPath = Path.Combine(_app.DataPath, "private", "trace-signing-key.pem");
        var original = await File.ReadAllTextAsync(keyPath);
        using (var replacement = ECDsa.Create(ECCurve.NamedCurves.nistP256))
            await File.WriteAllTextAsync(keyPath, replacement.ExportPkcs8PrivateKeyPem());

        await using (var restarted = fixture.Restart())
        {
            // Start-up records the key change in the log and time-stamps it in the background: stamp it now. When the
            // background run holds the entries at that moment, its stamp lands a moment later: read until it shows.
            await restarted.Services.GetRequiredService<TraceAnchoring>().AnchorAsync(CancellationToken.None);
            var page = await Eventually.ReadAsync(async () => (await new Visitor(restarted).PageAsync(lot.Path)).Text(),
                text => text.Contains("Đóng dấu thời gian bởi LongAnMarket Test TSA"), TimeSpan.FromSeconds(10));
            Assert.Contains(Intact, page); // no platform-wide false alarm: each record is checked with the key its kid names
            Assert.Contains("Đóng dấu thời gian bởi LongAnMarket Test TSA", page);
            var set = JsonNode.Parse(await File.ReadAllTextAsync(await KeysAsync(restarted)))!["keys"]!.AsArray();
            Assert.Equal(["current", "retired"], set.Select(k => (string)k!["longan:status"]!).ToList());
            Assert.Equal(0, (await VerifyAsync(export, lot, keysPath: await KeysAsync(restarted))).Code);
            Assert.Equal(1, (await VerifyAsync(export, lot, keysPath: await NewKeyOnlyAsync(restarted))).Code);

            var rotated = await restarted.Services.GetRequiredService<TraceKeyRing>().RotateAsync();
            var fresh = await TestLot.CreateAsync(restarted);
            Assert.Contains(Intact, (await new Visitor(restarted).PageAsync(fresh.Path)).Text());
            Assert.Contains(Intact, (await new Visitor(restarted).PageAsync(lot.Path)).Text());
            Assert.Equal(rotated.Current, await restarted.WithDbAsync(db => db.TraceEvents.Where(e => e.LotId == fresh.LotId).Select(e => e.KeyId).FirstAsync()));
        }

        File.Delete(keyPath);
        using var restartedRing = ActivatorUtilities.CreateInstance<TraceKeyRing>(_app.Services); // what start-up loads
        var refused = await Assert.ThrowsAsync<TraceKeyUnavailableException>(() => restartedRing.LoadAsync());
        Assert.Contains("is missing, but records are signed with key", refused.Message);
        Assert.Contains("rotate-trace-key", refused.Message);
        Assert.False(File.Exists(keyPath)); // never silently replaced
        await File.WriteAllTextAsync(keyPath, original); // other tests of this class sign on
    }

    [Fact]
    public async Task Rewriting_an_event_re_signing_the_whole_chain_and_log_with_the_real_key_and_re_stamping_now_is_caught_by_the_earlier_time_stamp()
    {
        await using var isolated = await fixture.IsolatedAsync();
        _app = isolated.App;
        var lot = await AnchoredLotAsync();
        var key = ECDsa.Create();
        key.ImportFromPem(await File.ReadAllTextAsync(Path.Combine(_app.DataPath, "private", "trace-signing-key.pem")));
        using var signer = new TestSigner(key);
        await _app.WithDbAsync(db => db.TraceEvents.Where(e => e.LotId == lot.LotId && e.Sequence == 2)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.Note, "Đóng thùng 20 kg.")));
        await ResignAsync(lot.LotId, signer);

        var page = await PageTextAsync(lot);
        Assert.DoesNotContain(Intact, page);
        Assert.Contains(Altered, page);
        // The platform refuses to anchor a log that no longer holds its witnessed head, so the evidence stays.
        await TestLot.CreateAsync(_app);
        await Assert.ThrowsAsync<InvalidOperationException>(() => _app.Services.GetRequiredService<TraceAnchoring>().AnchorAsync(CancellationToken.None));
        Assert.Equal(1, (await VerifyAsync(await ExportAsync(lot), lot)).Code);
    }

    [Fact]
    public async Task With_the_database_key_store_the_private_key_is_kept_only_protected_and_rotation_keeps_old_records_verifying()
    {
        await using var isolated = await fixture.IsolatedAsync(new Dictionary<string, string?> { ["Traceability:KeyStore"] = "Database" });
        _app = isolated.App;
        var lot = await AnchoredLotAsync();
        var stored = await _app.WithDbAsync(db => db.TraceSigningKeys.AsNoTracking().SingleAsync());
        Assert.StartsWith("dp1:", stored.PrivateKey); // protected with the Data Protection key ring, never plain PEM
        Assert.False(File.Exists(Path.Combine(_app.DataPath, "private", "trace-signing-key.pem")));
        var export = await ExportAsync(lot);

        var rotated = await _app.Services.GetRequiredService<TraceKeyRing>().RotateAsync();
        Assert.Equal(stored.KeyId, rotated.Retired);
        var keys = await _app.WithDbAsync(db => db.TraceSigningKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync());
        Assert.Null(keys[0].PrivateKey); // a retired key never signs again
        Assert.NotNull(keys[0].RetiredAtUtc);
        Assert.StartsWith("dp1:", keys[1].PrivateKey);
        Assert.Contains(Intact, await PageTextAsync(lot));
        Assert.Equal(0, (await VerifyAsync(export, lot)).Code);
    }

    [Fact]
    public async Task An_installation_moving_to_the_database_key_store_keeps_its_key_and_every_instance_signs_with_it()
    {
        await using var isolated = await fixture.IsolatedAsync();
        _app = isolated.App;
        var lot = await AnchoredLotAsync();
        var fileKept = await _app.WithDbAsync(db => db.TraceSigningKeys.AsNoTracking().SingleAsync());
        Assert.Null(fileKept.PrivateKey);

        // The operator switches to the database store (the default) and starts a second instance on the same database.
        using var moved = ActivatorUtilities.CreateInstance<TraceKeyRing>(_app.Services,
            Options.Create(new TraceabilityOptions { KeyStore = TraceKeyStore.Database }));
        await moved.LoadAsync();
        Assert.Equal(fileKept.KeyId, moved.KeyId); // the same key, not a new one
        var stored = await _app.WithDbAsync(db => db.TraceSigningKeys.AsNoTracking().SingleAsync());
        Assert.StartsWith("dp1:", stored.PrivateKey);
        Assert.True(moved.Verify("chain link", _app.Services.GetRequiredService<TraceKeyRing>().Sign("chain link")));
        Assert.Contains(Intact, await PageTextAsync(lot));
    }

    /// <summary>What an attacker holding the database, the key file and access to the TSA does to rewrite history.</summary>
    private async Task ResignAsync(int lotId, TestSigner signer)
    {
        await _app.WithDbAsync(async db =>
        {
            var lot = await db.Lots.AsNoTracking().Include(l => l.Events).ThenInclude(e => e.Attachments).SingleAsync(l => l.Id == lotId);
            var links = new List<string>();
            var previous = lot.GenesisLink;
            foreach (var record in lot.Events.OrderBy(e => e.Sequence))
            {
                var content = EpcisEventJson.Build(lot, record);
                content.Remove("eventID");
                var hashId = EpcisEventHash.HashId(JsonSerializer.SerializeToElement(content), EpcisEventJson.Namespaces);
                var link = TraceChain.Link(lot.ChainVersion, record.Sequence, previous, hashId, null, record.Attachments.Select(a => a.Sha256));
                await db.TraceEvents.Where(e => e.Id == record.Id).ExecuteUpdateAsync(e => e
                    .SetProperty(x => x.HashId, hashId).SetProperty(x => x.LinkHash, link).SetProperty(x => x.Signature, signer.Sign(link)));
                links.Add(link);
                previous = link;
            }
            await db.Lots.Where(l => l.Id == lotId).ExecuteUpdateAsync(l => l.SetProperty(x => x.HeadLink, previous));

            var first = await db.TraceLog.Where(e => e.LotId == lotId).MinAsync(e => e.Sequence);
            var anchoredFrom = await db.TraceAnchors.Where(a => a.LastSequence >= first).MinAsync(a => (long?)a.FirstSequence) ?? first;
            var entries = await db.TraceLog.AsNoTracking().Where(e => e.Sequence >= anchoredFrom).OrderBy(e => e.Sequence).ToListAsync();
            var previousHash = await db.TraceLog.Where(e => e.Sequence == anchoredFrom - 1).Select(e => e.EntryHash).FirstOrDefaultAsync() ?? TraceLogEntry.Genesis;
            var hashes = new List<string>();
            foreach (var entry in entries)
            {
                var head = entry.LotId == lotId ? links[entry.RecordCount - 1] : entry.HeadLink;
                var hash = TraceChain.Sha256Hex(TraceLogEntry.Text(entry.Sequence, previousHash, entry.LotUri, entry.RecordCount, head, entry.RecordedAtUtc, signer.KeyId));
                await db.TraceLog.Where(e => e.Id == entry.Id).ExecuteUpdateAsync(e => e
                    .SetProperty(x => x.PreviousHash, previousHash).SetProperty(x => x.HeadLink, head).SetProperty(x => x.EntryHash, hash)
                    .SetProperty(x => x.Signature, signer.Sign(hash)).SetProperty(x => x.KeyId, signer.KeyId)
                    .SetProperty(x => x.AnchorId, (long?)null).SetProperty(x => x.AnchorIndex, (int?)null).SetProperty(x => x.AnchorPath, (string?)null));
                hashes.Add(hash);
                previousHash = hash;
            }
            await db.TraceAnchors.Where(a => a.LastSequence >= anchoredFrom).ExecuteDeleteAsync();

            var tree = MerkleTree.Build(hashes.Select(Convert.FromHexString).ToList());
            var token = await fixture.Tsa.StampAsync(tree.Root); // re-stamped now, by the real TSA
            var anchor = new TraceAnchor(entries[0].Sequence, entries[^1].Sequence, Convert.ToHexStringLower(tree.Root), token,
                "LongAnMarket Test TSA", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
            db.TraceAnchors.Add(anchor);
            await db.SaveChangesAsync();
            for (var i = 0; i < entries.Count; i++)
            {
                var (id, index, path) = (entries[i].Id, i, string.Join(',', tree.Path(i).Select(Convert.ToHexStringLower)));
                await db.TraceLog.Where(e => e.Id == id).ExecuteUpdateAsync(e => e
                    .SetProperty(x => x.AnchorId, anchor.Id).SetProperty(x => x.AnchorIndex, index).SetProperty(x => x.AnchorPath, path));
            }
        });
    }

    /// <summary>Five records (harvest, packing, inspection, shipping, receiving), a recall as the sixth if asked; the log anchored.</summary>
    private async Task<TestLot> AnchoredLotAsync(bool photo = false, bool recall = false)
    {
        var lot = await TestLot.CreateAsync(_app);
        await _app.WithServicesAsync(async services =>
        {
            var lots = services.GetRequiredService<LotService>();
            IReadOnlyList<UploadedFile> files = photo ? [new UploadedFile("giao-hang.png", TestImages.Png(40, 30))] : [];
            await lots.AppendAsync(lot.Catalog.Producer.Id, lot.LotId, TraceStep.Shipping, new EventDraft(TestLot.DaysAgo(2), lot.LocationId, "Giao hàng.", null, files), "test", TestLot.Origin);
            await lots.AppendAsync(lot.Catalog.Producer.Id, lot.LotId, TraceStep.Receiving, new EventDraft(TestLot.DaysAgo(1), lot.LocationId, "Nhận hàng.", null, []), "test", TestLot.Origin);
            if (recall) await lots.RecallAsync(lot.Catalog.Producer.Id, lot.LotId, "Phát hiện dư lượng vượt ngưỡng.", "test");
        });
        // The background anchoring run, started with the app, may hold these entries: the page shows its stamp once that
        // run ends. Should that run fail (it is tried again only minutes later), the entries are anchored here again.
        var anchoring = _app.Services.GetRequiredService<TraceAnchoring>();
        var page = await Eventually.ReadAsync(async () =>
            {
                await anchoring.AnchorAsync(CancellationToken.None);
                return await PageTextAsync(lot);
            }, text => text.Contains("Đóng dấu thời gian bởi LongAnMarket Test TSA"), TimeSpan.FromSeconds(30));
        var anchors = await _app.WithDbAsync(db => db.TraceAnchors.AsNoTracking().OrderByDescending(a => a.Id)
            .Select(a => $"{a.FirstSequence}-{a.LastSequence}").Take(3).ToListAsync());
        var verdict = Math.Max(0, page.IndexOf("Hồ sơ", StringComparison.Ordinal));
        Assert.True(page.Contains("Đóng dấu thời gian bởi LongAnMarket Test TSA"),
            $"not shown as time-stamped; latest anchors {string.Join(", ", anchors)}; the page says: {page[verdict..Math.Min(page.Length, verdict + 600)]}");
        Assert.Contains(Intact, page);
        Assert.Equal(0, (await VerifyAsync(await ExportAsync(lot), lot)).Code);
        return lot;
    }

    private async Task<string> PageTextAsync(TestLot lot) => (await new Visitor(_app).PageAsync(lot.Path)).Text();

    private async Task<string> ExportAsync(TestLot lot)
    {
        var path = Path.Combine(_folder, $"lot-{lot.LotId}-{Guid.NewGuid():N}.jsonld");
        await File.WriteAllTextAsync(path, await new Visitor(_app).Client.GetStringAsync($"/trace/lots/{lot.LotId}/epcis"));
        return path;
    }

    private async Task<string> KeysAsync(MarketAppFactory app)
    {
        var path = Path.Combine(_folder, $"keys-{Guid.NewGuid():N}.jwks");
        await File.WriteAllTextAsync(path, await new Visitor(app).Client.GetStringAsync("/.well-known/longan-trace-key"));
        return path;
    }

    private async Task<string> NewKeyOnlyAsync(MarketAppFactory app)
    {
        var set = JsonNode.Parse(await File.ReadAllTextAsync(await KeysAsync(app)))!;
        var path = Path.Combine(_folder, $"key-{Guid.NewGuid():N}.jwk");
        await File.WriteAllTextAsync(path, set["keys"]![0]!.ToJsonString());
        return path;
    }

    private async Task<(int Code, string Output)> VerifyAsync(string export, TestLot expected, string? extra = null, string? keysPath = null)
    {
        keysPath ??= await KeysAsync(_app);
        string[] args = ["verify-lot", "--epcis", export, "--key", keysPath, "--lot", "https://example.vn" + expected.Path, "--tsa-cert", fixture.Tsa.CaCertificatePath];
        if (extra is not null) args = [.. args, extra];
        var output = new StringWriter();
        var code = await VerifyLotCommand.RunAsync(args, output, output, _app.CreateClient());
        return (code, output.ToString());
    }
}

public sealed class ProvenanceAttackTestsOnSqlite(SqliteAnchoredAppFixture fixture) : ProvenanceAttackTests(fixture), IClassFixture<SqliteAnchoredAppFixture>;

public sealed class ProvenanceAttackTestsOnMariaDb(MariaDbAnchoredAppFixture fixture) : ProvenanceAttackTests(fixture), IClassFixture<MariaDbAnchoredAppFixture>;
