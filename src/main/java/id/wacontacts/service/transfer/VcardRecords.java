package id.wacontacts.service.transfer;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Categories;
import ezvcard.property.FormattedName;
import ezvcard.property.Telephone;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * vCard 2.1, 3.0 and 4.0 cards as phones export them, one record per phone number of a card:
 * the columns are the number (TEL), the card's name (FN) and its first category (CATEGORIES).
 */
final class VcardRecords implements RecordSource {

    static final String[] COLUMNS = {"TEL", "FN", "CATEGORIES"};
    static final int NUMBER = 0;
    static final int CATEGORY = 2;

    private final RecordSource.CountingInputStream in;
    private final VCardReader reader;
    private final Deque<SourceRecord> pending = new ArrayDeque<>();
    private long cards;

    VcardRecords(RecordSource.CountingInputStream in, SourceFormat format, String name) {
        this.in = in;
        // A card is read whole: the reader refuses one too large before it is built.
        this.reader = new VCardReader(new ReaderLimits.CardReader(new InputStreamReader(in, format.charset()), name));
        this.reader.setDefaultQuotedPrintableCharset(format.charset());
    }

    @Override
    public SourceRecord next() throws IOException {
        while (pending.isEmpty()) {
            VCard card = reader.readNext();
            if (card == null) {
                return null;
            }
            cards++;
            FormattedName name = card.getFormattedName();
            Categories categories = card.getCategories();
            String fn = name == null ? "" : name.getValue();
            String category = categories == null || categories.getValues().isEmpty() ? "" : categories.getValues().get(0);
            for (Telephone tel : card.getTelephoneNumbers()) {
                pending.add(new SourceRecord(cards, new String[] {number(tel), fn, category}));
            }
        }
        return pending.poll();
    }

    private static String number(Telephone tel) {
        if (tel.getText() != null) {
            return tel.getText();
        }
        return tel.getUri() == null ? "" : tel.getUri().getNumber();
    }

    @Override
    public long bytesRead() {
        return in.count();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
