<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>About</name>
    <message>
        <source>Built with Qt %1 and PySide %2. Released under the MIT licence.</source>
        <translation>Byggd med Qt %1 och PySide %2. Utgiven under MIT-licensen.</translation>
    </message>
    <message>
        <source>Prepare, build and rehearse the presentation task of a second interview.</source>
        <translation>Förbered, bygg och öva presentationsuppgiften inför en andra intervju.</translation>
    </message>
    <message>
        <source>Your preparations are kept on this computer, in:</source>
        <translation>Dina förberedelser sparas på den här datorn, i:</translation>
    </message>
    <message>
        <source>About Podium</source>
        <translation>Om Podium</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Podium — audience (share this window)</source>
        <translation>Podium — publik (dela det här fönstret)</translation>
    </message>
</context>
<context>
    <name>BlockPanel</name>
    <message>
        <source>These are mine</source>
        <translation>Det här är mitt</translation>
    </message>
    <message>
        <source>Keep the example content as your own: it is no longer marked as an example</source>
        <translation>Behåll exempelinnehållet som ditt eget: det markeras inte längre som exempel</translation>
    </message>
    <message>
        <source>Follow data again</source>
        <translation>Följ data igen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove this block from the slide</source>
        <translation>Ta bort det här blocket från bilden</translation>
    </message>
    <message>
        <source>Bullet points</source>
        <translation>Punktlista</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>Fills in from your data once you add it; until then it shows an example.</source>
        <translation>Fylls i från dina data när du lägger till dem; tills dess visas ett exempel.</translation>
    </message>
    <message>
        <source>Filled from your data: it updates when the data changes. Editing it keeps your version instead.</source>
        <translation>Fylls i från dina data och uppdateras när de ändras. Redigerar du det behålls din version i stället.</translation>
    </message>
    <message>
        <source>You changed this block, so it no longer follows your data.</source>
        <translation>Du har ändrat det här blocket, så det följer inte längre dina data.</translation>
    </message>
    <message>
        <source>Example content, labelled “Example” on the slide: replace it with your own.</source>
        <translation>Exempelinnehåll, märkt ”Exempel” på bilden: byt ut det mot ditt eget.</translation>
    </message>
</context>
<context>
    <name>BulletsEdit</name>
    <message>
        <source>Bullet points</source>
        <translation>Punktlista</translation>
    </message>
    <message>
        <source>One point per line. Tab indents, Shift+Tab outdents.</source>
        <translation>En punkt per rad. Tabb drar in, Skift+Tabb drar ut.</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <source>Answer cue cards</source>
        <translation>Stödkort för svaren</translation>
    </message>
    <message>
        <source>One card per question. Choose the kinds of question to print:</source>
        <translation>Ett kort per fråga. Välj vilka slags frågor som ska skrivas ut:</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 kort</translation>
    </message>
</context>
<context>
    <name>CategoryBox</name>
    <message>
        <source>Show questions of</source>
        <translation>Visa frågor av slaget</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alla frågor</translation>
    </message>
    <message>
        <source>Hidden questions</source>
        <translation>Dolda frågor</translation>
    </message>
</context>
<context>
    <name>ChallengeReview</name>
    <message>
        <source>Challenges, weakest first</source>
        <translation>Utmaningar, de svagaste först</translation>
    </message>
    <message>
        <source>&amp;Practise this challenge</source>
        <translation>Öva på den här &amp;utmaningen</translation>
    </message>
    <message>
        <source>%1 still go badly · %2 never answered aloud</source>
        <translation>%1 går fortfarande dåligt · %2 aldrig besvarade högt</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Sannolikhet</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>Score (checked, not stored)</source>
        <translation>Riskvärde (kontrolleras, sparas inte)</translation>
    </message>
    <message>
        <source>Band (not stored)</source>
        <translation>Risknivå (sparas inte)</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Kvarstående sannolikhet</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Kvarstående konsekvens</translation>
    </message>
    <message>
        <source>Residual score (not stored)</source>
        <translation>Kvarstående riskvärde (sparas inte)</translation>
    </message>
    <message>
        <source>Residual band (not stored)</source>
        <translation>Kvarstående risknivå (sparas inte)</translation>
    </message>
    <message>
        <source>Proximity</source>
        <translation>Närhet i tid</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Förebyggande åtgärd</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Beredskapsplan</translation>
    </message>
    <message>
        <source>Trigger or early warning</source>
        <translation>Tidig varning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Type (phase or milestone)</source>
        <translation>Typ (fas eller milstolpe)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>How should Podium read %1?</source>
        <translation>Hur ska Podium läsa %1?</translation>
    </message>
    <message>
        <source>(keep as an extra column)</source>
        <translation>(behåll som extra kolumn)</translation>
    </message>
    <message>
        <source>A guess: check it</source>
        <translation>En gissning: kontrollera den</translation>
    </message>
    <message>
        <source>Podium guessed the columns marked &lt;b&gt;?&lt;/b&gt;. Check them, then import. Columns kept as extra are exported again unchanged.</source>
        <translation>Podium har gissat kolumnerna som är märkta med &lt;b&gt;?&lt;/b&gt;. Kontrollera dem och importera sedan. Kolumner som behålls som extra exporteras oförändrade.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
</context>
<context>
    <name>ColumnsBox</name>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Units sold: with the comparison&apos;s units too, the bridge splits the gap into price, volume and mix.</source>
        <translation>Sålda enheter: med jämförelsens enheter också delar bryggan upp avvikelsen i pris, volym och mix.</translation>
    </message>
    <message>
        <source>favourable (a revenue)</source>
        <translation>gynnsamt (en intäkt)</translation>
    </message>
    <message>
        <source>unfavourable (a cost)</source>
        <translation>ogynnsamt (en kostnad)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>&amp;Mått:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegori:</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Jämför &amp;med:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Antal:</translation>
    </message>
    <message>
        <source>Its q&amp;uantity:</source>
        <translation>Jämförelsens a&amp;ntal:</translation>
    </message>
    <message>
        <source>A&amp;bove budget is:</source>
        <translation>Över b&amp;udget är:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Your choice; kept when you change the columns.</source>
        <translation>Ditt val; det gäller även när du byter kolumner.</translation>
    </message>
    <message>
        <source>Guessed from the name “%1”; change it if that is wrong.</source>
        <translation>Gissat utifrån namnet ”%1”; ändra om det är fel.</translation>
    </message>
    <message>
        <source>No name says cost, so read as a revenue; change it if that is wrong.</source>
        <translation>Inget namn anger kostnad, så det läses som en intäkt; ändra om det är fel.</translation>
    </message>
</context>
<context>
    <name>DeckDocument</name>
    <message>
        <source>Edit title</source>
        <translation>Redigera rubrik</translation>
    </message>
    <message>
        <source>Edit subtitle</source>
        <translation>Redigera underrubrik</translation>
    </message>
    <message>
        <source>Edit speaker notes</source>
        <translation>Redigera talaranteckningar</translation>
    </message>
    <message>
        <source>Change time</source>
        <translation>Ändra tid</translation>
    </message>
    <message>
        <source>Mark as backup</source>
        <translation>Markera som reservbild</translation>
    </message>
    <message>
        <source>Allow smaller text</source>
        <translation>Tillåt mindre text</translation>
    </message>
    <message>
        <source>Edit slide content</source>
        <translation>Redigera bildens innehåll</translation>
    </message>
    <message>
        <source>Follow the data again</source>
        <translation>Följ data igen</translation>
    </message>
    <message>
        <source>Add slide</source>
        <translation>Lägg till bild</translation>
    </message>
    <message>
        <source>Duplicate slide</source>
        <translation>Duplicera bild</translation>
    </message>
    <message>
        <source>Delete slide</source>
        <translation>Ta bort bild</translation>
    </message>
    <message>
        <source>Move slide</source>
        <translation>Flytta bild</translation>
    </message>
    <message>
        <source>Move to appendix</source>
        <translation>Flytta till bilagan</translation>
    </message>
    <message>
        <source>Move to the talk</source>
        <translation>Flytta in i presentationen</translation>
    </message>
    <message>
        <source>Change talk length</source>
        <translation>Ändra presentationens längd</translation>
    </message>
    <message>
        <source>Split slide</source>
        <translation>Dela bild</translation>
    </message>
    <message>
        <source>Add to slide</source>
        <translation>Lägg till på bilden</translation>
    </message>
    <message>
        <source>Remove from slide</source>
        <translation>Ta bort från bilden</translation>
    </message>
    <message>
        <source>Change theme</source>
        <translation>Byt tema</translation>
    </message>
    <message>
        <source>Change slide size</source>
        <translation>Ändra bildformat</translation>
    </message>
    <message>
        <source>Change logo</source>
        <translation>Byt logotyp</translation>
    </message>
    <message>
        <source>Change brand colour</source>
        <translation>Byt profilfärg</translation>
    </message>
</context>
<context>
    <name>DeckLauncher</name>
    <message>
        <source>Rehearse a deck</source>
        <translation>Öva med en presentation</translation>
    </message>
    <message>
        <source>Decks (*.pptx *.pdf);;PowerPoint (*.pptx);;PDF (*.pdf)</source>
        <translation>Presentationer (*.pptx *.pdf);;PowerPoint (*.pptx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot present the deck</source>
        <translation>Kan inte visa presentationen</translation>
    </message>
</context>
<context>
    <name>DeckSection</name>
    <message>
        <source>&amp;Slide</source>
        <translation>&amp;Bild</translation>
    </message>
    <message>
        <source>To &amp;do</source>
        <translation>Att &amp;göra</translation>
    </message>
    <message>
        <source>Desi&amp;gn</source>
        <translation>&amp;Utseende</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The talk length: a shorter talk keeps the most important slides and moves the rest to the appendix</source>
        <translation>Presentationens längd: en kortare presentation behåller de viktigaste bilderna och flyttar resten till bilagan</translation>
    </message>
    <message>
        <source>&amp;Talk length:</source>
        <translation>&amp;Presentationens längd:</translation>
    </message>
    <message>
        <source>Add slide</source>
        <translation>Lägg till bild</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Move the slide up (Ctrl+Up in the slide list)</source>
        <translation>Flytta upp bilden (Ctrl+Upp i bildlistan)</translation>
    </message>
    <message>
        <source>Move the slide down (Ctrl+Down in the slide list)</source>
        <translation>Flytta ned bilden (Ctrl+Ned i bildlistan)</translation>
    </message>
    <message>
        <source>Move to appendix</source>
        <translation>Flytta till bilagan</translation>
    </message>
    <message>
        <source>Move the slide after the close, out of the timed talk, for the questions; or back into the talk</source>
        <translation>Flytta bilden efter avslutningen, utanför den tidsatta presentationen, till frågestunden; eller tillbaka in i presentationen</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Dela</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Blank slide</source>
        <translation>Tom bild</translation>
    </message>
    <message>
        <source>Section divider</source>
        <translation>Avsnittsbild</translation>
    </message>
    <message>
        <source>Move to the talk</source>
        <translation>Flytta in i presentationen</translation>
    </message>
    <message>
        <source>To &amp;do (%1)</source>
        <translation>Att &amp;göra (%1)</translation>
    </message>
    <message>
        <source>Timed plan %1 of a %2 talk</source>
        <translation>Tidsplan %1 av en dragning på %2</translation>
    </message>
    <message>
        <source>, 1 backup slide</source>
        <translation>, 1 reservbild</translation>
    </message>
    <message>
        <source>, %1 backup slides</source>
        <translation>, %1 reservbilder</translation>
    </message>
</context>
<context>
    <name>DeckSlidesModel</name>
    <message>
        <source>#</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Senaste körningen</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(dold)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Type m:ss or seconds; clear it to share the rest of the talk evenly again.</source>
        <translation>Skriv m:ss eller sekunder; töm fältet för att åter dela resten av talet lika.</translation>
    </message>
    <message>
        <source>%1 overlay pages, timed as one slide</source>
        <translation>%1 stegsidor, tidsatta som en bild</translation>
    </message>
</context>
<context>
    <name>DeckSource</name>
    <message>
        <source>the file was not found</source>
        <translation>filen hittades inte</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>filen går inte att öppna</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>it is neither a PowerPoint (.pptx) nor a PDF file</source>
        <translation>den är varken en PowerPoint-fil (.pptx) eller en PDF</translation>
    </message>
    <message>
        <source>it is not a PowerPoint file (it may be damaged)</source>
        <translation>den är ingen PowerPoint-fil (den kan vara skadad)</translation>
    </message>
    <message>
        <source>it is not a PDF file</source>
        <translation>den är ingen PDF-fil</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>den är lösenordsskyddad</translation>
    </message>
    <message>
        <source>its protection is not supported</source>
        <translation>dess skydd stöds inte</translation>
    </message>
    <message>
        <source>it could not be read completely</source>
        <translation>den gick inte att läsa helt</translation>
    </message>
    <message>
        <source>it has no slides</source>
        <translation>den har inga bilder</translation>
    </message>
    <message>
        <source>Cannot present %1: %2.</source>
        <translation>Kan inte visa %1: %2.</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Bild %1</translation>
    </message>
</context>
<context>
    <name>DeckWindow</name>
    <message>
        <source>Rehearse a deck — %1</source>
        <translation>Öva med en presentation — %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The preparation&apos;s talk length applies.</source>
        <translation>Förberedelsens längd på talet gäller.</translation>
    </message>
    <message>
        <source>Notes for this slide (kept with the deck in Podium)</source>
        <translation>Anteckningar till bilden (sparas med presentationen i Podium)</translation>
    </message>
    <message>
        <source>Start presenting</source>
        <translation>Börja presentera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Talet</translation>
    </message>
    <message>
        <source>Questions after it</source>
        <translation>Frågor efteråt</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Talaranteckningar</translation>
    </message>
    <message>
        <source>%1 slides, %2 with notes</source>
        <translation>%1 bilder, %2 med anteckningar</translation>
    </message>
    <message>
        <source>hidden: %1</source>
        <translation>dolda: %1</translation>
    </message>
    <message>
        <source>notes from %1</source>
        <translation>anteckningar från %1</translation>
    </message>
    <message>
        <source>No runs of this deck yet.</source>
        <translation>Ingen genomkörning av presentationen än.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
</context>
<context>
    <name>DesignPanel</name>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>16:9 (widescreen)</source>
        <translation>16:9 (bredbild)</translation>
    </message>
    <message>
        <source>4:3</source>
        <translation>4:3</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Profilfärg</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Temafärg</translation>
    </message>
    <message>
        <source>Use the theme&apos;s own accent instead of the brand colour</source>
        <translation>Använd temats egen accentfärg i stället för profilfärgen</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Välj logotyp…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Ta bort logotyp</translation>
    </message>
    <message>
        <source>Slide size:</source>
        <translation>Bildformat:</translation>
    </message>
    <message>
        <source>Brand colour:</source>
        <translation>Profilfärg:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotyp:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theme&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tema&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Adjusted to %1 so text on it stays readable (WCAG AA).</source>
        <translation>Justerad till %1 så att text ovanpå förblir läsbar (WCAG AA).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Type a colour as #RRGGBB, for example #1F6FEB.</source>
        <translation>Ange en färg som #RRGGBB, till exempel #1F6FEB.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <source>Logo not added</source>
        <translation>Logotypen lades inte till</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>The interview</source>
        <translation>Intervjun</translation>
    </message>
    <message>
        <source>Podium uses these to fill the deck, split the talk time and count down to the day.</source>
        <translation>Podium använder uppgifterna för att fylla bildspelet, fördela talartiden och räkna ned till dagen.</translation>
    </message>
    <message>
        <source>e.g. Nordvik AB</source>
        <translation>t.ex. Nordvik AB</translation>
    </message>
    <message>
        <source>e.g. Senior Financial Analyst</source>
        <translation>t.ex. Senior finansanalytiker</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Företag:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Tjänst:</translation>
    </message>
    <message>
        <source>&amp;Interview:</source>
        <translation>&amp;Intervju:</translation>
    </message>
    <message>
        <source>&amp;Talk length:</source>
        <translation>&amp;Presentationens längd:</translation>
    </message>
    <message>
        <source>&amp;Questions after:</source>
        <translation>Frågor &amp;efteråt:</translation>
    </message>
    <message>
        <source>Deck &amp;language:</source>
        <translation>Bildspelets &amp;språk:</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <source>Drawing</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>“%1”, drawn from your data (%2 shapes). Change the data in the role&apos;s planner tab and the slide redraws.</source>
        <translation>”%1”, ritad från dina data (%2 former). Ändra data under rollens planeringsflik så ritas bilden om.</translation>
    </message>
    <message>
        <source>“%1”, a drawing of %2 shapes. It stays as it is in the exported pptx, where each shape can still be edited.</source>
        <translation>”%1”, en figur med %2 former. Den följer med oförändrad i den exporterade pptx-filen, där varje form fortfarande går att redigera.</translation>
    </message>
</context>
<context>
    <name>EndCard</name>
    <message>
        <source>Run recorded</source>
        <translation>Genomdragningen är sparad</translation>
    </message>
    <message>
        <source>Rehearse again (R)</source>
        <translation>Öva igen (R)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <source>%1 panel answers, %2 on average; the longest (%3) was: %4</source>
        <translation>%1 svar till panelen, i snitt %2; det längsta (%3) gällde: %4</translation>
    </message>
    <message>
        <source>Rated lowest (%1 of 5), so it comes back first next time: %2</source>
        <translation>Lägst betyg (%1 av 5), så den kommer först nästa gång: %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export deck</source>
        <translation>Exportera bildspel</translation>
    </message>
    <message>
        <source>PowerPoint (.pptx): editable text, native charts and tables</source>
        <translation>PowerPoint (.pptx): redigerbar text, riktiga diagram och tabeller</translation>
    </message>
    <message>
        <source>PDF of the slides</source>
        <translation>PDF med bilderna</translation>
    </message>
    <message>
        <source>Handout PDF with your speaker notes</source>
        <translation>Åhörarkopia (PDF) med dina talaranteckningar</translation>
    </message>
    <message>
        <source>PNG image of every slide</source>
        <translation>PNG-bild av varje bild</translation>
    </message>
    <message>
        <source>Include Podium&apos;s guidance in the pptx speaker notes</source>
        <translation>Ta med Podiums vägledning i pptx-filens talaranteckningar</translation>
    </message>
    <message>
        <source>For rehearsing in PowerPoint. Leave it off for a file you send: the notes travel with it.</source>
        <translation>För att öva i PowerPoint. Låt den vara av för en fil som du skickar: anteckningarna följer med filen.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Before you export</source>
        <translation>Innan du exporterar</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Into %1, named %2.*</source>
        <translation>Till %1, med namnet %2.*</translation>
    </message>
    <message>
        <source>Export deck as</source>
        <translation>Exportera bildspelet som</translation>
    </message>
    <message>
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Välj minst ett format.</translation>
    </message>
    <message>
        <source>The deck has no slides to export.</source>
        <translation>Bildspelet har inga bilder att exportera.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>Exported:
%1</source>
        <translation>Exporterat:
%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Exporten misslyckades: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Export cancelled. Files already complete were kept; nothing was left half-written.</source>
        <translation>Exporten avbröts. Filer som redan var klara behölls; inget lämnades halvskrivet.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Podium could not write the export: %1</source>
        <translation>Podium kunde inte skriva exporten: %1</translation>
    </message>
</context>
<context>
    <name>FinancePanel</name>
    <message>
        <source>number</source>
        <translation>tal</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>%1 of %2 cells empty</source>
        <translation>%1 av %2 celler tomma</translation>
    </message>
    <message>
        <source>%1 distinct values</source>
        <translation>%1 olika värden</translation>
    </message>
    <message>
        <source>from %1 to %2, sum %3</source>
        <translation>från %1 till %2, summa %3</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Import data set…</source>
        <translation>&amp;Importera datamängd…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Blad:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Quality (as on the data slide)</source>
        <translation>Kvalitet (som på databilden)</translation>
    </message>
    <message>
        <source>Import the data set the employer sent you (CSV or Excel), or drop the file here. Podium reads it, checks its quality and fills the deck&apos;s charts and tables; the conclusions are yours to add.</source>
        <translation>Importera datamängden som arbetsgivaren skickade (CSV eller Excel), eller släpp filen här. Podium läser den, kontrollerar kvaliteten och fyller bildspelets diagram och tabeller; slutsatserna lägger du till själv.</translation>
    </message>
    <message>
        <source>Import data set</source>
        <translation>Importera datamängd</translation>
    </message>
    <message>
        <source>Data sets (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Datamängder (*.csv *.tsv *.txt *.xlsx *.xlsm);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Replace the data set %1 with %2? The deck&apos;s figures will come from the new file; Undo brings the old ones back.</source>
        <translation>Vill du byta ut datamängden %1 mot %2? Presentationens siffror hämtas då från den nya filen; Ångra tar tillbaka de gamla.</translation>
    </message>
    <message>
        <source>Replace the data set</source>
        <translation>Byt datamängd</translation>
    </message>
    <message>
        <source>Reading %1 (%2)…</source>
        <translation>Läser %1 (%2)…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyserar…</translation>
    </message>
    <message>
        <source>Podium could not read the data set: %1</source>
        <translation>Podium kunde inte läsa datamängden: %1</translation>
    </message>
    <message>
        <source>Change the data set&apos;s columns</source>
        <translation>Ändra underlagets kolumner</translation>
    </message>
    <message>
        <source>The deck&apos;s charts and tables are filled from it.</source>
        <translation>Bildspelets diagram och tabeller fylls från den.</translation>
    </message>
    <message>
        <source>Change what above budget means</source>
        <translation>Ändra vad över budget innebär</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Inget ändrades.</translation>
    </message>
    <message>
        <source>Cannot use this data set</source>
        <translation>Datamängden kan inte användas</translation>
    </message>
    <message>
        <source>The data set does not fit in memory. Import a smaller extract.</source>
        <translation>Datamängden ryms inte i minnet. Importera ett mindre utdrag.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Avbrutet. Inget ändrades.</translation>
    </message>
    <message>
        <source>Tick at least one measure to analyse; the deck keeps the last analysis.</source>
        <translation>Markera minst ett mått att analysera; bildspelet behåller den senaste analysen.</translation>
    </message>
    <message>
        <source>The file is no longer at %1. The deck keeps the analysis made from it; import the file again to change the columns.</source>
        <translation>Filen finns inte längre i %1. Bildspelet behåller analysen som gjordes av den; importera filen igen för att ändra kolumnerna.</translation>
    </message>
    <message>
        <source>First %1 of %2 rows; row numbers as in the file.</source>
        <translation>De första %1 av %2 raderna; radnummer som i filen.</translation>
    </message>
    <message>
        <source>All %2 rows; row numbers as in the file.</source>
        <translation>Alla %2 rader; radnummer som i filen.</translation>
    </message>
    <message>
        <source>%1 rows × %2 columns</source>
        <translation>%1 rader × %2 kolumner</translation>
    </message>
</context>
<context>
    <name>FitPanel</name>
    <message>
        <source>Shorten</source>
        <translation>Korta</translation>
    </message>
    <message>
        <source>Split the slide</source>
        <translation>Dela bilden</translation>
    </message>
    <message>
        <source>Some text does not fit on this slide, even at the smallest size allowed.</source>
        <translation>En del text får inte plats på bilden, inte ens i minsta tillåtna storlek.</translation>
    </message>
    <message>
        <source>Text is set at %1 pt to fit, smaller than the 16 pt that reads well across a room.</source>
        <translation>Texten är satt i %1 pt för att få plats, mindre än de 16 pt som syns bra i ett rum.</translation>
    </message>
    <message>
        <source>%1 words on screen is more than the audience can take in during %2 (about %3).</source>
        <translation>%1 ord på skärmen är mer än publiken hinner ta in på %2 (ungefär %3).</translation>
    </message>
    <message>
        <source>Your notes take about %1 to say, but the slide has %2.</source>
        <translation>Dina anteckningar tar ungefär %1 att säga, men bilden har %2.</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Normal textstorlek</translation>
    </message>
    <message>
        <source>Smaller text (down to %1 pt)</source>
        <translation>Mindre text (ned till %1 pt)</translation>
    </message>
    <message>
        <source>Give it %1</source>
        <translation>Ge den %1</translation>
    </message>
</context>
<context>
    <name>GridEditor</name>
    <message>
        <source>Table data</source>
        <translation>Tabelldata</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>Diagramdata</translation>
    </message>
    <message>
        <source>+ Row</source>
        <translation>+ Rad</translation>
    </message>
    <message>
        <source>− Row</source>
        <translation>− Rad</translation>
    </message>
    <message>
        <source>+ Column</source>
        <translation>+ Kolumn</translation>
    </message>
    <message>
        <source>− Column</source>
        <translation>− Kolumn</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Chart type</source>
        <translation>Diagramtyp</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Staplar</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Liggande staplar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Pie</source>
        <translation>Cirkel</translation>
    </message>
    <message>
        <source>Bridge (waterfall)</source>
        <translation>Brygga (vattenfall)</translation>
    </message>
    <message>
        <source>Chart title</source>
        <translation>Diagramrubrik</translation>
    </message>
    <message>
        <source>On the slide %1 is written %2.</source>
        <translation>På bilden skrivs %1 som %2.</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>Header</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>“%1” in row %2, column %3 is not a number.</source>
        <translation>”%1” på rad %2, kolumn %3 är inget tal.</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>Press ? or Esc to close</source>
        <translation>Tryck ? eller Esc för att stänga</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Pace per slide (words a minute)</source>
        <translation>Tempo per bild (ord i minuten)</translation>
    </message>
    <message>
        <source>Long pauses per slide (2 s or more)</source>
        <translation>Långa pauser per bild (2 s eller mer)</translation>
    </message>
    <message>
        <source>Filler words per slide</source>
        <translation>Utfyllnadsord per bild</translation>
    </message>
    <message>
        <source>No rehearsals yet. Each run you present is recorded here.</source>
        <translation>Inga övningar än. Varje genomdragning du presenterar sparas här.</translation>
    </message>
    <message>
        <source>Total time per run</source>
        <translation>Total tid per genomdragning</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>mål %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>dragning %1</translation>
    </message>
    <message>
        <source>Each slide against its budget</source>
        <translation>Varje bild mot sin tidsbudget</translation>
    </message>
</context>
<context>
    <name>ImageEdit</name>
    <message>
        <source>Choose image…</source>
        <translation>Välj bild…</translation>
    </message>
    <message>
        <source>What the image shows, for screen readers</source>
        <translation>Vad bilden visar, för skärmläsare</translation>
    </message>
    <message>
        <source>Image description</source>
        <translation>Bildbeskrivning</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beskrivning:</translation>
    </message>
    <message>
        <source>No image chosen yet</source>
        <translation>Ingen bild vald än</translation>
    </message>
    <message>
        <source>Choose image</source>
        <translation>Välj bild</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Image not added</source>
        <translation>Bilden lades inte till</translation>
    </message>
</context>
<context>
    <name>ImportedSource</name>
    <message>
        <source>LibreOffice is not installed: an outline of titles and notes stands in for the slides.</source>
        <translation>LibreOffice är inte installerat: en disposition med rubriker och anteckningar står i bildernas ställe.</translation>
    </message>
    <message>
        <source>LibreOffice is rendering the slides…</source>
        <translation>LibreOffice ritar bilderna …</translation>
    </message>
    <message>
        <source>The slides could not be rendered (%1): an outline stands in for them.</source>
        <translation>Bilderna kunde inte ritas (%1): en disposition står i deras ställe.</translation>
    </message>
    <message>
        <source>The slides could not be rendered: an outline stands in for them.</source>
        <translation>Bilderna kunde inte ritas: en disposition står i deras ställe.</translation>
    </message>
    <message>
        <source>The rendered pages do not match the slides: an outline stands in for them.</source>
        <translation>De ritade sidorna stämmer inte med bilderna: en disposition står i deras ställe.</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>dold</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>There was not enough memory to finish. Close other programs, or try something smaller.</source>
        <translation>Minnet räckte inte för att slutföra. Stäng andra program eller försök med något mindre.</translation>
    </message>
    <message>
        <source>Podium could not finish this: %1. The details are in Podium&apos;s log.</source>
        <translation>Podium kunde inte slutföra detta: %1. Detaljerna finns i Podiums logg.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Starter library</source>
        <translation>Startbibliotek</translation>
    </message>
    <message>
        <source>Tick the risks that apply to this plan, then adapt them in the register: a risk copied unchanged convinces no one.</source>
        <translation>Markera riskerna som gäller den här planen och anpassa dem sedan i registret: en risk som kopierats rakt av övertygar ingen.</translation>
    </message>
    <message>
        <source>Add to the register</source>
        <translation>Lägg till i registret</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Förebyggande åtgärd</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Beredskapsplan</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Tidig varning</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Past interviews</source>
        <translation>Tidigare intervjuer</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Preparations</source>
        <translation>Förberedelser</translation>
    </message>
    <message>
        <source>No preparations yet. Create one to get a scaffolded deck.</source>
        <translation>Inga förberedelser än. Skapa en så får du ett färdigt grundupplägg för bildspelet.</translation>
    </message>
    <message>
        <source>&amp;New preparation…</source>
        <translation>&amp;Ny förberedelse…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Rehearse a &amp;deck…</source>
        <translation>Öva med en &amp;presentation …</translation>
    </message>
    <message>
        <source>Rehearse a PowerPoint or PDF deck finished elsewhere</source>
        <translation>Öva med en PowerPoint- eller PDF-presentation gjord någon annanstans</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your preparations&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Dina förberedelser&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Rename preparation</source>
        <translation>Byt namn på förberedelse</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Renamed to “%s”</source>
        <translation>Namnet ändrat till ”%s”</translation>
    </message>
    <message>
        <source>Delete “%s” and its deck, research and rehearsals? This cannot be undone.</source>
        <translation>Ta bort ”%s” med bildspel, research och övningar? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Delete preparation</source>
        <translation>Ta bort förberedelse</translation>
    </message>
    <message>
        <source>Deleted “%s”</source>
        <translation>Tog bort ”%s”</translation>
    </message>
</context>
<context>
    <name>ListModel</name>
    <message>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Created “%s” with %d slides</source>
        <translation>Skapade ”%s” med %d bilder</translation>
    </message>
    <message>
        <source>Cannot open preparation</source>
        <translation>Förberedelsen kan inte öppnas</translation>
    </message>
    <message>
        <source>Opened “%1”</source>
        <translation>Öppnade ”%1”</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Export deck</source>
        <translation>Exportera bildspel</translation>
    </message>
    <message>
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Exported %s</source>
        <translation>Exporterade %s</translation>
    </message>
    <message>
        <source>Export cancelled. Files already complete were kept; nothing was left half-written.</source>
        <translation>Exporten avbröts. Filer som redan var klara behölls; inget lämnades halvskrivet.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation>Inget att presentera</translation>
    </message>
    <message>
        <source>The deck has no slides yet.</source>
        <translation>Bildspelet har inga bilder än.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Inställningarna är sparade</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Språk: %1</translation>
    </message>
</context>
<context>
    <name>MarketingPanel</name>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Kampanj</translation>
    </message>
    <message>
        <source>Answer these and your deck fills itself. Slides keep their examples until you have written their part, so nothing half-done looks finished.</source>
        <translation>Svara på de här frågorna så fyller bildspelet sig självt. Bilderna behåller sina exempel tills du har skrivit din del, så att inget halvfärdigt ser färdigt ut.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
    <message>
        <source>Edit the campaign brief</source>
        <translation>Redigera kampanjunderlaget</translation>
    </message>
    <message>
        <source>Use the goal from your research: %1</source>
        <translation>Använd målet från din research: %1</translation>
    </message>
    <message>
        <source>Total %1 across %2 channels</source>
        <translation>Totalt %1 fördelat på %2 kanaler</translation>
    </message>
    <message>
        <source>Total %1 in one channel</source>
        <translation>Totalt %1 i en kanal</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 saknas</translation>
    </message>
    <message>
        <source>Your na&amp;me</source>
        <translation>Ditt na&amp;mn</translation>
    </message>
    <message>
        <source>Shown on the title slide, under the plan&apos;s title.</source>
        <translation>Visas på titelbilden, under planens rubrik.</translation>
    </message>
    <message>
        <source>Business &amp;goal</source>
        <translation>&amp;Affärsmål</translation>
    </message>
    <message>
        <source>The company goal this campaign serves, in the company&apos;s own words if you can (annual report, job ad). Marketing that serves the business convinces a panel.</source>
        <translation>Det företagsmål som kampanjen ska bidra till, gärna med företagets egna ord (årsredovisning, jobbannons). Marknadsföring som tjänar affären övertygar en panel.</translation>
    </message>
    <message>
        <source>Grow recurring revenue from small businesses by 20% in 2027</source>
        <translation>Öka de återkommande intäkterna från småföretag med 20&#xa0;% under 2027</translation>
    </message>
    <message>
        <source>SMART &amp;objective</source>
        <translation>SMART &amp;mål</translation>
    </message>
    <message>
        <source>One sentence that names a metric, a target value and a deadline. Podium checks all three as you type.</source>
        <translation>En mening som anger ett mått, ett målvärde och ett slutdatum. Podium kontrollerar alla tre medan du skriver.</translation>
    </message>
    <message>
        <source>Grow trial sign-ups from 4,000 to 5,000 a month by 30 June</source>
        <translation>Öka antalet provperiodsregistreringar från 4&#xa0;000 till 5&#xa0;000 i månaden senast 30 juni</translation>
    </message>
    <message>
        <source>Why it is achie&amp;vable</source>
        <translation>Varför det är &amp;realistiskt</translation>
    </message>
    <message>
        <source>A past result or a benchmark that makes the target believable.</source>
        <translation>Ett tidigare resultat eller ett jämförelsetal som gör målet trovärdigt.</translation>
    </message>
    <message>
        <source>Last spring&apos;s campaign gave +18% on half the budget</source>
        <translation>Förra vårens kampanj gav +18&#xa0;% på halva budgeten</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>&amp;Läge</translation>
    </message>
    <message>
        <source>Two or three facts about the market and where the company stands, one per line, each from a source you can name.</source>
        <translation>Två eller tre fakta om marknaden och var företaget står, en per rad, var och en från en källa du kan namnge.</translation>
    </message>
    <message>
        <source>Small-business software in the Nordics grows about 8% a year</source>
        <translation>Programvara för småföretag i Norden växer med cirka 8&#xa0;% om året</translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation>&amp;Insikt</translation>
    </message>
    <message>
        <source>A human truth that explains behaviour, not a statistic. The whole plan builds on it.</source>
        <translation>En mänsklig sanning som förklarar ett beteende, inte en statistisk uppgift. Hela planen bygger på den.</translation>
    </message>
    <message>
        <source>Owners don&apos;t lack tools, they lack an evening to try them</source>
        <translation>Företagarna saknar inte verktyg, de saknar en kväll att prova dem</translation>
    </message>
    <message>
        <source>Primary a&amp;udience</source>
        <translation>Primär mål&amp;grupp</translation>
    </message>
    <message>
        <source>Precise enough to buy media against: who they are, how many, where.</source>
        <translation>Så precist att du kan köpa media mot den: vilka de är, hur många och var.</translation>
    </message>
    <message>
        <source>Owners of Nordic firms with 5–50 staff</source>
        <translation>Ägare till nordiska företag med 5–50 anställda</translation>
    </message>
    <message>
        <source>Perso&amp;nas</source>
        <translation>Perso&amp;nor</translation>
    </message>
    <message>
        <source>Two to four people your audience is made of: what each needs and where you reach them. Say where they come from (CRM data, reviews, talks with sales).</source>
        <translation>Två till fyra personer som målgruppen består av: vad var och en behöver och var du når dem. Ange var de kommer ifrån (CRM-data, recensioner, samtal med säljarna).</translation>
    </message>
    <message>
        <source>&amp;Big idea</source>
        <translation>&amp;Bärande idé</translation>
    </message>
    <message>
        <source>One idea that grows straight out of the insight. Several competing ideas weaken the plan.</source>
        <translation>En idé som växer direkt ur insikten. Flera konkurrerande idéer försvagar planen.</translation>
    </message>
    <message>
        <source>Get your Friday back</source>
        <translation>Få tillbaka din fredag</translation>
    </message>
    <message>
        <source>Key mess&amp;age</source>
        <translation>Kärnbud&amp;skap</translation>
    </message>
    <message>
        <source>The one sentence the audience should remember: short enough to say in one breath.</source>
        <translation>Den enda mening som målgruppen ska minnas: så kort att den går att säga i ett andetag.</translation>
    </message>
    <message>
        <source>[Product] handles the admin so you can run the business</source>
        <translation>[Produkten] sköter administrationen så att du kan driva företaget</translation>
    </message>
    <message>
        <source>Proo&amp;f</source>
        <translation>&amp;Belägg</translation>
    </message>
    <message>
        <source>Why the message is believable: a number, a customer, a test.</source>
        <translation>Varför budskapet är trovärdigt: en siffra, en kund, ett test.</translation>
    </message>
    <message>
        <source>Customers save four hours a week on invoicing</source>
        <translation>Kunderna sparar fyra timmar i veckan på faktureringen</translation>
    </message>
    <message>
        <source>Call &amp;to action</source>
        <translation>&amp;Uppmaning</translation>
    </message>
    <message>
        <source>What you ask people to do, and how easy it is.</source>
        <translation>Vad du ber människor göra, och hur enkelt det är.</translation>
    </message>
    <message>
        <source>Start a free 30-day trial, set up in ten minutes</source>
        <translation>Starta en kostnadsfri provperiod på 30&#xa0;dagar, klar på tio minuter</translation>
    </message>
    <message>
        <source>Channels and budg&amp;et</source>
        <translation>Kanaler och budg&amp;et</translation>
    </message>
    <message>
        <source>Fewer channels with clear roles convince more than a long list. Give each a job in the customer journey and an amount; keep a reserve to move to what works.</source>
        <translation>Färre kanaler med tydliga roller övertygar mer än en lång lista. Ge varje kanal en uppgift i kundresan och ett belopp; behåll en reserv att flytta till det som fungerar.</translation>
    </message>
    <message>
        <source>What the budget returns: how many new customers the campaign wins (from your funnel: extra trials × the share that pays), what one brings in its first year and the gross margin on it. If you know the first-year margin itself, enter it as the revenue with a gross margin of 100%. The results go to the business-case slide, the KPIs and the closing.</source>
        <translation>Vad budgeten ger tillbaka: hur många nya kunder kampanjen vinner (ur din tratt: fler provkonton × andelen som blir betalande), vad en kund betalar första året och bruttomarginalen på det. Vet du redan bruttomarginalen per kund första året skriver du in den som intäkt med 100&#xa0;% bruttomarginal. Resultaten hamnar på bilden med affärskalkylen, i nyckeltalen och i avslutningen.</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>&amp;Tidslinje</translation>
    </message>
    <message>
        <source>Phases or waves with real dates and an owner each, including the checkpoints where you decide (a checkpoint is a phase that starts and ends on the same day). Plan around the company&apos;s calendar: seasons, launches, holidays.</source>
        <translation>Faser eller vågor med riktiga datum och en ansvarig var, inklusive kontrollpunkterna där ni fattar beslut (en kontrollpunkt är en fas som börjar och slutar samma dag). Planera efter företagets kalender: säsonger, lanseringar, helger.</translation>
    </message>
    <message>
        <source>Test an&amp;d learn</source>
        <translation>Testa o&amp;ch lär</translation>
    </message>
    <message>
        <source>K&amp;PIs</source>
        <translation>&amp;Nyckeltal</translation>
    </message>
    <message>
        <source>The outcome KPI first, then the leading indicators that warn you early; each with a target and where the number comes from.</source>
        <translation>Först resultatmåttet, sedan de ledande indikatorerna som varnar tidigt; vart och ett med ett målvärde och en källa för siffran.</translation>
    </message>
    <message>
        <source>Ris&amp;ks</source>
        <translation>Ris&amp;ker</translation>
    </message>
    <message>
        <source>The three or four things most likely to stop the objective, and what you would do about each.</source>
        <translation>De tre eller fyra saker som troligast stoppar målet, och vad du skulle göra åt var och en.</translation>
    </message>
    <message>
        <source>&amp;Your ask</source>
        <translation>&amp;Din begäran</translation>
    </message>
    <message>
        <source>The decision, budget or next step you want from the panel today.</source>
        <translation>Beslutet, budgeten eller nästa steg som du vill ha från panelen i dag.</translation>
    </message>
    <message>
        <source>Approve the budget and start creative work by 1 February</source>
        <translation>Godkänn budgeten och starta det kreativa arbetet senast 1 februari</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps</source>
        <translation>Nästa &amp;steg</translation>
    </message>
    <message>
        <source>What happens in your first weeks if they say yes, one per line.</source>
        <translation>Vad som händer under dina första veckor om de säger ja, en sak per rad.</translation>
    </message>
    <message>
        <source>Test the personas with the sales team</source>
        <translation>Testa personorna med säljteamet</translation>
    </message>
    <message>
        <source>Ne&amp;w customers expected</source>
        <translation>Väntade n&amp;ya kunder</translation>
    </message>
    <message>
        <source>Customers (or conversions) the campaign wins, e.g. 4,000 extra trials × 25%.</source>
        <translation>Kunder (eller konverteringar) som kampanjen vinner, t.ex. 4&#xa0;000 fler provkonton × 25&#xa0;%.</translation>
    </message>
    <message>
        <source>1 000</source>
        <translation>1&#xa0;000</translation>
    </message>
    <message>
        <source>What one new customer pays in their first year.</source>
        <translation>Vad en ny kund betalar under sitt första år.</translation>
    </message>
    <message>
        <source>3 600</source>
        <translation>3&#xa0;600</translation>
    </message>
    <message>
        <source>The share of that revenue left after the cost of serving the customer.</source>
        <translation>Den andel av intäkten som blir kvar när kostnaden för att leverera till kunden är betald.</translation>
    </message>
    <message>
        <source>80</source>
        <translation>80</translation>
    </message>
    <message>
        <source>Goal and objective</source>
        <translation>Affärsmål och kampanjmål</translation>
    </message>
    <message>
        <source>Situation and insight</source>
        <translation>Läge och insikt</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Big idea and message</source>
        <translation>Bärande idé och budskap</translation>
    </message>
    <message>
        <source>Channel mix and budget</source>
        <translation>Kanalmix och budget</translation>
    </message>
    <message>
        <source>Business case</source>
        <translation>Affärskalkyl</translation>
    </message>
    <message>
        <source>Two or three tests the budget can afford: what you believe, how you test it, the one metric that decides, the rule you commit to in advance (scale, change or stop) and the control group that shows it was the campaign. Example: “Friday back” beats price offers · two ad versions in paid social for four weeks · cost per trial · scale the winner if it is 15% cheaper · the current price ad on a fifth of the spend.</source>
        <translation>Två eller tre tester som budgeten räcker till: vad du tror, hur du testar det, det enda mätetal som avgör, beslutsregeln du bestämmer i förväg (skala upp, ändra eller stoppa) och kontrollgruppen som visar att det var kampanjen. Exempel: ”Ta tillbaka din fredag” slår prisbudskap · två annonsversioner i betald social i fyra veckor · kostnad per provkonto · skala upp vinnaren om den är 15&#xa0;% billigare · nuvarande prisannons på en femtedel av budgeten.</translation>
    </message>
    <message>
        <source>Revenue &amp;per customer in the first year</source>
        <translation>Intäkt per kund första &amp;året</translation>
    </message>
    <message>
        <source>Gross &amp;margin</source>
        <translation>Brutt&amp;omarginal</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Test and learn</source>
        <translation>Testa och lär</translation>
    </message>
    <message>
        <source>KPIs and risks</source>
        <translation>Nyckeltal och risker</translation>
    </message>
    <message>
        <source>Summary and the ask</source>
        <translation>Sammanfattning och begäran</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Vem de är</translation>
    </message>
    <message>
        <source>What they need</source>
        <translation>Vad de behöver</translation>
    </message>
    <message>
        <source>Where we reach them</source>
        <translation>Var vi når dem</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Role in the journey</source>
        <translation>Roll i kundresan</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Key activities</source>
        <translation>Viktigaste aktiviteter</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypotes</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mätetal</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Beslutsregel</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Kontrollgrupp</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Mäts med</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hur ofta</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Sannolikhet</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Förebyggande åtgärd</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Lägg till persona</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Lägg till kanal</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Lägg till fas</translation>
    </message>
    <message>
        <source>Add test</source>
        <translation>Lägg till test</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Lägg till nyckeltal</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Lägg till risk</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>mått</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>målvärde</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>slutdatum</translation>
    </message>
    <message>
        <source>The objective does not name a {parts} yet.</source>
        <translation>Målet anger inget {parts} än.</translation>
    </message>
    <message>
        <source> or a </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>{length} characters: keep it under {limit} so it reads at a glance on a slide.</source>
        <translation>{length} tecken: håll det under {limit} så att det går att läsa med en blick på en bild.</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>Ge den ett namn.</translation>
    </message>
    <message>
        <source>Say what this persona needs.</source>
        <translation>Beskriv vad personan behöver.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Ange ett belopp.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: write it like 120000 or 120 000.</source>
        <translation>”{text}” är inget belopp: skriv till exempel 120000 eller 120&#xa0;000.</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>En budget kan inte vara negativ.</translation>
    </message>
    <message>
        <source>{money} is far too much for one channel: check for extra zeros.</source>
        <translation>{money} är alldeles för mycket för en kanal: kontrollera om det finns extra nollor.</translation>
    </message>
    <message>
        <source>The budgets add up to nothing: give at least one channel an amount.</source>
        <translation>Budgetarna blir noll tillsammans: ge minst en kanal ett belopp.</translation>
    </message>
    <message>
        <source>{count} rows: a panel can follow about {limit}. The deck groups or leaves out the rest.</source>
        <translation>{count} rader: en panel kan följa ungefär {limit}. Bildspelet grupperar eller utelämnar resten.</translation>
    </message>
    <message>
        <source>“{text}” is not a currency code.</source>
        <translation>”{text}” är ingen valutakod.</translation>
    </message>
    <message>
        <source>Pick a date.</source>
        <translation>Välj ett datum.</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>”{text}” är inget datum.</translation>
    </message>
    <message>
        <source>The phase ends before it starts.</source>
        <translation>Fasen slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Give the KPI a target value.</source>
        <translation>Ge nyckeltalet ett målvärde.</translation>
    </message>
    <message>
        <source>Say how the KPI is measured.</source>
        <translation>Ange hur nyckeltalet mäts.</translation>
    </message>
    <message>
        <source>Say what you would do about this risk.</source>
        <translation>Ange vad du skulle göra åt den här risken.</translation>
    </message>
    <message>
        <source>“{text}” is not a number: write it like 1000 or 1 000.</source>
        <translation>”{text}” är inget tal: skriv till exempel 1000 eller 1&#xa0;000.</translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation>Värdet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>“{text}” is far too large: check for extra zeros.</source>
        <translation>”{text}” är alldeles för stort: kontrollera om det finns extra nollor.</translation>
    </message>
    <message>
        <source>At zero the campaign never pays back.</source>
        <translation>Med noll betalar sig kampanjen aldrig.</translation>
    </message>
    <message>
        <source>A gross margin is between 0 and 100%.</source>
        <translation>En bruttomarginal ligger mellan 0 och 100&#xa0;%.</translation>
    </message>
    <message>
        <source>“{text}” reads as {text}%, not as a fraction. For {percent}%, write {percent}.</source>
        <translation>”{text}” läses som {text} %, inte som en andel. För {percent} % skriver du {percent}.</translation>
    </message>
    <message>
        <source>The campaign&apos;s cost is the channel budgets&apos; total: add the channels and their budgets.</source>
        <translation>Kampanjens kostnad är summan av kanalbudgetarna: lägg till kanalerna och deras budgetar.</translation>
    </message>
    <message>
        <source>It pays back only after {months} months: beyond the first year the customer value covers, so it counts on customers staying.</source>
        <translation>Kampanjen betalar sig först efter {months} månader, alltså efter det första år som kundvärdet gäller: kalkylen räknar med att kunderna stannar.</translation>
    </message>
    <message>
        <source>The deadline ({deadline}) is after the timeline&apos;s last day ({end}): the slides take their dates from the timeline, so make the two agree.</source>
        <translation>Slutdatumet ({deadline}) ligger efter tidplanens sista dag ({end}): bilderna hämtar sina datum från tidplanen, så se till att de stämmer överens.</translation>
    </message>
    <message>
        <source>The deadline ({deadline}) is before the timeline starts ({start}): make the two agree.</source>
        <translation>Slutdatumet ({deadline}) ligger före tidplanens start ({start}): se till att de stämmer överens.</translation>
    </message>
    <message>
        <source>Say which number decides the test.</source>
        <translation>Ange vilket tal som avgör testet.</translation>
    </message>
    <message>
        <source>Say what result makes you scale, change or stop.</source>
        <translation>Ange vilket resultat som gör att du skalar upp, ändrar eller stoppar.</translation>
    </message>
    <message>
        <source>Row {row}, {column}: </source>
        <translation>Rad {row}, {column}: </translation>
    </message>
    <message>
        <source>Row {row}: </source>
        <translation>Rad {row}: </translation>
    </message>
    <message>
        <source>Campaign cost:</source>
        <translation>Kampanjens kostnad:</translation>
    </message>
    <message>
        <source>Customer acquisition cost (CAC)</source>
        <translation>Kundanskaffningskostnad (CAC)</translation>
    </message>
    <message>
        <source>First-year margin per customer</source>
        <translation>Bruttomarginal per kund, år 1</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Återbetalningstid</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Nollpunkt (break-even)</translation>
    </message>
    <message>
        <source>Return in year one (ROI)</source>
        <translation>Avkastning år 1 (ROI)</translation>
    </message>
    <message>
        <source>Margin to CAC</source>
        <translation>Kundvärde år 1 mot CAC</translation>
    </message>
    <message>
        <source>%1, the channel budgets&apos; total</source>
        <translation>%1, summan av kanalbudgetarna</translation>
    </message>
    <message>
        <source>add the channel budgets above: their total is the cost</source>
        <translation>lägg till kanalbudgetarna ovan: summan är kostnaden</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 per år</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <source>Fill in the three estimates to see what the campaign returns.</source>
        <translation>Fyll i de tre uppskattningarna så ser du vad kampanjen ger tillbaka.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>no new customers expected</source>
        <translation>inga nya kunder väntas</translation>
    </message>
    <message>
        <source>a customer brings no margin</source>
        <translation>en kund ger ingen marginal</translation>
    </message>
    <message>
        <source>%1 ÷ %2 new customers</source>
        <translation>%1 ÷ %2 nya kunder</translation>
    </message>
    <message>
        <source>%1 revenue × %2 gross margin</source>
        <translation>intäkt %1 × bruttomarginal %2</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1&#xa0;månader</translation>
    </message>
    <message>
        <source>%1 CAC ÷ %2 margin a month</source>
        <translation>CAC %1 ÷ marginal %2 per månad</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1&#xa0;kunder</translation>
    </message>
    <message>
        <source>%1 ÷ %2 per customer</source>
        <translation>%1 ÷ %2 per kund</translation>
    </message>
    <message>
        <source>(%1 margin − %2) ÷ %2</source>
        <translation>(marginal %1 − %2) ÷ %2</translation>
    </message>
</context>
<context>
    <name>ModelDialog</name>
    <message>
        <source>Set up transcription</source>
        <translation>Ställ in transkribering</translation>
    </message>
    <message>
        <source>Words, pace, filler words and talking points need a Whisper speech model for CTranslate2 (the “base” size, about 145 MB, handles English and Swedish). Podium installs it once from a source you choose and checks its SHA-256; nothing leaves this computer.</source>
        <translation>Ord, tempo, utfyllnadsord och talpunkter kräver en Whisper-talmodell för CTranslate2 (storleken ”base”, cirka 145 MB, klarar engelska och svenska). Podium installerar den en gång från en källa du väljer och kontrollerar dess SHA-256; inget lämnar den här datorn.</translation>
    </message>
    <message>
        <source>https://… or a .tar.gz/.zip file or a model folder</source>
        <translation>https://… eller en .tar.gz/.zip-fil eller en modellmapp</translation>
    </message>
    <message>
        <source>64 hexadecimal characters (needed for a download)</source>
        <translation>64 hexadecimala tecken (krävs vid nedladdning)</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Arkiv…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Mapp…</translation>
    </message>
    <message>
        <source>Model from</source>
        <translation>Modell från</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installera</translation>
    </message>
    <message>
        <source>Model archive</source>
        <translation>Modellarkiv</translation>
    </message>
    <message>
        <source>Archives (*.tar.gz *.tgz *.tar *.zip)</source>
        <translation>Arkiv (*.tar.gz *.tgz *.tar *.zip)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Modellmapp</translation>
    </message>
    <message>
        <source>The model could not be installed: %1</source>
        <translation>Modellen kunde inte installeras: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was installed.</source>
        <translation>Avbrutet: inget installerades.</translation>
    </message>
    <message>
        <source>Installed and checked (SHA-256 %1).</source>
        <translation>Installerad och kontrollerad (SHA-256 %1).</translation>
    </message>
</context>
<context>
    <name>NewPreparationWizard</name>
    <message>
        <source>New preparation</source>
        <translation>Ny förberedelse</translation>
    </message>
</context>
<context>
    <name>OverviewGrid</name>
    <message>
        <source>All slides — arrows to move, Enter to go, Esc to close</source>
        <translation>Alla bilder — piltangenter för att flytta, Retur för att gå dit, Esc för att stänga</translation>
    </message>
    <message>
        <source> (backup)</source>
        <translation> (reserv)</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (dold)</translation>
    </message>
</context>
<context>
    <name>PackageActions</name>
    <message>
        <source>Export preparation</source>
        <translation>Exportera förberedelse</translation>
    </message>
    <message>
        <source>Podium preparation (*.podium)</source>
        <translation>Podium-förberedelse (*.podium)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporterade %1</translation>
    </message>
    <message>
        <source>Import preparation</source>
        <translation>Importera förberedelse</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Det går inte att importera</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Imported “%1”</source>
        <translation>Importerade ”%1”</translation>
    </message>
    <message>
        <source>E&amp;xport preparation…</source>
        <translation>Exportera &amp;förberedelse…</translation>
    </message>
    <message>
        <source>&amp;Import preparation…</source>
        <translation>&amp;Importera förberedelse…</translation>
    </message>
</context>
<context>
    <name>PanelBox</name>
    <message>
        <source>The panel</source>
        <translation>Panelen</translation>
    </message>
    <message>
        <source>Questions after the last slide</source>
        <translation>Frågor efter sista bilden</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>at random moments</source>
        <translation>vid slumpade tillfällen</translation>
    </message>
    <message>
        <source>on the slides I choose</source>
        <translation>på de bilder jag väljer</translation>
    </message>
    <message>
        <source>about every few minutes</source>
        <translation>med några minuters mellanrum</translation>
    </message>
    <message>
        <source>The panel breaks in mid-slide with a challenge to that slide; the talk clock holds while you answer.</source>
        <translation>Panelen avbryter mitt i en bild med en utmaning om just den bilden; presentationsklockan står still medan du svarar.</translation>
    </message>
    <message>
        <source> slides</source>
        <translation> bilder</translation>
    </message>
    <message>
        <source>slide numbers, e.g. 3, 7</source>
        <translation>bildnummer, t.ex. 3, 7</translation>
    </message>
    <message>
        <source>every </source>
        <translation>var </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Kinds of question…</source>
        <translation>Slags frågor…</translation>
    </message>
    <message>
        <source>Which kinds of question the panel asks, and how long an answer should take</source>
        <translation>Vilka slags frågor panelen ställer, och hur lång tid ett svar bör ta</translation>
    </message>
    <message>
        <source>Interrupts</source>
        <translation>Avbryter</translation>
    </message>
</context>
<context>
    <name>PanelCard</name>
    <message>
        <source>How did it go?</source>
        <translation>Hur gick det?</translation>
    </message>
    <message>
        <source>Rate your answer %1 of 5</source>
        <translation>Betygsätt ditt svar %1 av 5</translation>
    </message>
    <message>
        <source>1 lost it · 5 nailed it</source>
        <translation>1 tappade tråden · 5 klockrent</translation>
    </message>
    <message>
        <source>The panel interrupts you on slide %1 — answer, then carry on</source>
        <translation>Panelen avbryter dig på bild %1 — svara och fortsätt sedan</translation>
    </message>
    <message>
        <source>Panel questions: %1 of %2</source>
        <translation>Panelens frågor: %1 av %2</translation>
    </message>
    <message>
        <source>1–5: rate and go on   ·   →: on without a rating   ·   Shift+↑↓: scroll   ·   Esc: end the round</source>
        <translation>1–5: betygsätt och gå vidare   ·   →: vidare utan betyg   ·   Skift+↑↓: rulla   ·   Esc: avsluta omgången</translation>
    </message>
    <message>
        <source>→ or Space: I have answered   ·   S: pause   ·   G: hint   ·   Esc: end the round</source>
        <translation>→ eller blanksteg: jag har svarat   ·   S: paus   ·   G: tips   ·   Esc: avsluta omgången</translation>
    </message>
    <message>
        <source>You took %1 · target %2</source>
        <translation>Du tog %1 · målet är %2</translation>
    </message>
    <message>
        <source>  (paused)</source>
        <translation>  (pausad)</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milstolpe</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Make a phase</source>
        <translation>Gör till fas</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <source>Practise a challenge</source>
        <translation>Öva på en utmaning</translation>
    </message>
    <message>
        <source>Practise: answer aloud, as if the panel had just asked</source>
        <translation>Öva: svara högt, som om panelen just hade frågat</translation>
    </message>
</context>
<context>
    <name>PracticeTimer</name>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>Start answering</source>
        <translation>Börja svara</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Rehearsal not saved</source>
        <translation>Övningen sparades inte</translation>
    </message>
    <message>
        <source>The audience sees a black screen (B)</source>
        <translation>Publiken ser en svart skärm (B)</translation>
    </message>
    <message>
        <source>The audience sees a white screen (W)</source>
        <translation>Publiken ser en vit skärm (W)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nästa: %1</translation>
    </message>
    <message>
        <source>Panel questions</source>
        <translation>Panelens frågor</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>(no notes for this slide)</source>
        <translation>(inga anteckningar till den här bilden)</translation>
    </message>
    <message>
        <source>Notes ≈ %1 to say · budget %2</source>
        <translation>Anteckningar ≈ %1 att säga · budget %2</translation>
    </message>
    <message>
        <source>none (backup)</source>
        <translation>ingen (reserv)</translation>
    </message>
    <message>
        <source>No skip plan for a deck made elsewhere.</source>
        <translation>Ingen plan för att korta en presentation som gjorts i ett annat program.</translation>
    </message>
    <message>
        <source>No guidance for this slide.</source>
        <translation>Ingen vägledning för den här bilden.</translation>
    </message>
    <message>
        <source>Talk clock held while you answer</source>
        <translation>Presentationsklockan står still medan du svarar</translation>
    </message>
    <message>
        <source>Slide %1 of %2   ·   elapsed %3   ·   remaining %4</source>
        <translation>Bild %1 av %2   ·   gått %3   ·   kvar %4</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>Podium — presenter console</source>
        <translation>Podium — talarvy</translation>
    </message>
    <message>
        <source>Start (S)</source>
        <translation>Starta (S)</translation>
    </message>
    <message>
        <source>Reset (R)</source>
        <translation>Nollställ (R)</translation>
    </message>
    <message>
        <source>Overview (O)</source>
        <translation>Översikt (O)</translation>
    </message>
    <message>
        <source>Black (B)</source>
        <translation>Svart (B)</translation>
    </message>
    <message>
        <source>White (W)</source>
        <translation>Vit (W)</translation>
    </message>
    <message>
        <source>Guidance (G)</source>
        <translation>Vägledning (G)</translation>
    </message>
    <message>
        <source>Panel question (Q)</source>
        <translation>Panelfråga (Q)</translation>
    </message>
    <message>
        <source>Swap screens (X)</source>
        <translation>Byt skärmar (X)</translation>
    </message>
    <message>
        <source>Video-call mode</source>
        <translation>Videomötesläge</translation>
    </message>
    <message>
        <source>Keys (?)</source>
        <translation>Tangenter (?)</translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation>Avsluta (Esc)</translation>
    </message>
    <message>
        <source>The audience sees its own window: share only that window in the call; this console stays private.</source>
        <translation>Publiken ser ett eget fönster: dela bara det fönstret i mötet; talarvyn förblir privat.</translation>
    </message>
    <message>
        <source>On plan</source>
        <translation>Enligt plan</translation>
    </message>
    <message>
        <source>%1 behind plan</source>
        <translation>%1 efter planen</translation>
    </message>
    <message>
        <source>%1 ahead of plan</source>
        <translation>%1 före planen</translation>
    </message>
    <message>
        <source>Go to slide: %1▌</source>
        <translation>Gå till bild: %1▌</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Bild %1 av %2</translation>
    </message>
    <message>
        <source> · hidden</source>
        <translation> · dold</translation>
    </message>
    <message>
        <source> · backup</source>
        <translation> · reserv</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Gått %1</translation>
    </message>
    <message>
        <source>Q&amp;A %1 / %2</source>
        <translation>Frågor %1 / %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 kvar</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 över</translation>
    </message>
    <message>
        <source>This slide %1 / %2</source>
        <translation>Den här bilden %1 / %2</translation>
    </message>
    <message>
        <source>This slide %1 (no budget)</source>
        <translation>Den här bilden %1 (ingen budget)</translation>
    </message>
    <message>
        <source>talk ended %1, Q&amp;A to %2</source>
        <translation>dragningen slutade %1, frågor till %2</translation>
    </message>
    <message>
        <source>talk ends %1, Q&amp;A to %2</source>
        <translation>dragningen slutar %1, frågor till %2</translation>
    </message>
    <message>
        <source>Talk over</source>
        <translation>Tiden är ute</translation>
    </message>
    <message>
        <source>Waiting: advance or press S to start the clock</source>
        <translation>Väntar: gå vidare eller tryck S för att starta klockan</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>PAUSED — press S to resume</source>
        <translation>PAUSAD — tryck S för att fortsätta</translation>
    </message>
    <message>
        <source>Pause (S)</source>
        <translation>Pausa (S)</translation>
    </message>
</context>
<context>
    <name>PresenterKeys</name>
    <message>
        <source>→ ↓ Space PgDn N Enter</source>
        <translation>→ ↓ Blanksteg PgDn N Retur</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Nästa bild</translation>
    </message>
    <message>
        <source>← ↑ PgUp Backspace P</source>
        <translation>← ↑ PgUp Backsteg P</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Föregående bild</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>First / last slide</source>
        <translation>Första / sista bilden</translation>
    </message>
    <message>
        <source>number + Enter</source>
        <translation>nummer + Retur</translation>
    </message>
    <message>
        <source>Go to that slide</source>
        <translation>Gå till den bilden</translation>
    </message>
    <message>
        <source>B or .  /  W or ,</source>
        <translation>B eller .  /  W eller ,</translation>
    </message>
    <message>
        <source>Black / white screen (again to return)</source>
        <translation>Svart / vit skärm (en gång till för att gå tillbaka)</translation>
    </message>
    <message>
        <source>O or Tab</source>
        <translation>O eller Tabb</translation>
    </message>
    <message>
        <source>Overview of all slides</source>
        <translation>Översikt över alla bilder</translation>
    </message>
    <message>
        <source>S or Pause</source>
        <translation>S eller Pause</translation>
    </message>
    <message>
        <source>Start, pause or resume the clock</source>
        <translation>Starta, pausa eller återuppta klockan</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Reset the clock: start a new run</source>
        <translation>Nollställ klockan: börja en ny genomdragning</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Show or hide the slide&apos;s guidance</source>
        <translation>Visa eller dölj bildens vägledning</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Skip plan: what to drop if stopped at half time</source>
        <translation>Kortningsplan: vad du hoppar över om panelen bryter vid halva tiden</translation>
    </message>
    <message>
        <source>+ / −</source>
        <translation>+ / −</translation>
    </message>
    <message>
        <source>Larger / smaller notes</source>
        <translation>Större / mindre anteckningar</translation>
    </message>
    <message>
        <source>Shift+↑ / Shift+↓</source>
        <translation>Skift+↑ / Skift+↓</translation>
    </message>
    <message>
        <source>Scroll the notes</source>
        <translation>Rulla anteckningarna</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>A panel question now</source>
        <translation>En fråga från panelen nu</translation>
    </message>
    <message>
        <source>1 – 5</source>
        <translation>1 – 5</translation>
    </message>
    <message>
        <source>Rate your answer to the panel</source>
        <translation>Betygsätt ditt svar till panelen</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>Byt skärmar</translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation>? eller F1</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Den här hjälpen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close help or overview; leave the presentation</source>
        <translation>Stäng hjälpen eller översikten; lämna presentationen</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Add a question</source>
        <translation>Lägg till en fråga</translation>
    </message>
    <message>
        <source>Edit the question</source>
        <translation>Ändra frågan</translation>
    </message>
    <message>
        <source>The question as the panel would put it</source>
        <translation>Frågan så som panelen skulle ställa den</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Fråga:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <source>Answer in:</source>
        <translation>Svara på:</translation>
    </message>
    <message>
        <source>Podium&apos;s wording: %1 — leave the field empty to go back to it.</source>
        <translation>Podiums formulering: %1 — lämna fältet tomt för att gå tillbaka till den.</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Add a question</source>
        <translation>Lägg till en fråga</translation>
    </message>
    <message>
        <source>Edit a question</source>
        <translation>Ändra en fråga</translation>
    </message>
    <message>
        <source>Remove a question</source>
        <translation>Ta bort en fråga</translation>
    </message>
    <message>
        <source>Show a question again</source>
        <translation>Visa en fråga igen</translation>
    </message>
    <message>
        <source>Hide a question</source>
        <translation>Dölj en fråga</translation>
    </message>
</context>
<context>
    <name>QuestionModel</name>
    <message>
        <source>your doubt</source>
        <translation>din farhåga</translation>
    </message>
    <message>
        <source>your idea</source>
        <translation>din idé</translation>
    </message>
    <message>
        <source>your question</source>
        <translation>din fråga</translation>
    </message>
    <message>
        <source>slide %1</source>
        <translation>bild %1</translation>
    </message>
    <message>
        <source>rated %1/5</source>
        <translation>betyg %1/5</translation>
    </message>
    <message>
        <source>your wording</source>
        <translation>din formulering</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Likely questions</source>
        <translation>Troliga frågor</translation>
    </message>
    <message>
        <source>&amp;Drill</source>
        <translation>&amp;Drilla</translation>
    </message>
    <message>
        <source>Deal random questions, the shaky ones more often, and answer them against the clock</source>
        <translation>Dra slumpvisa frågor, de osäkra oftare, och svara mot klockan</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Nästa fråga</translation>
    </message>
    <message>
        <source>Cue cards (PDF)…</source>
        <translation>Stödkort (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Lägg &amp;till…</translation>
    </message>
    <message>
        <source>A question you expect from this panel</source>
        <translation>En fråga du väntar dig från just den här panelen</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>Put the question in your own words</source>
        <translation>Formulera frågan med dina egna ord</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>Dö&amp;lj</translation>
    </message>
    <message>
        <source>Leave it out of practice, panel rounds and cue cards (undo with Ctrl+Z)</source>
        <translation>Ta inte med den i övningar, panelomgångar och stödkort (ångra med Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Show &amp;guidance and my notes</source>
        <translation>Visa &amp;vägledning och mina anteckningar</translation>
    </message>
    <message>
        <source>Your key points, one per line: what you will say, not a script</source>
        <translation>Dina huvudpunkter, en per rad: vad du ska säga, inte ett manus</translation>
    </message>
    <message>
        <source>Answer draft</source>
        <translation>Svarsutkast</translation>
    </message>
    <message>
        <source>STAR: situation, task, action, result</source>
        <translation>STAR: situation, uppgift, handling, resultat</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>Situation:</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Uppgift:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Handling:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultat:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Säkerhet:</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Inte markerad</translation>
    </message>
    <message>
        <source>Shaky</source>
        <translation>Osäker</translation>
    </message>
    <message>
        <source>Getting there</source>
        <translation>På väg</translation>
    </message>
    <message>
        <source>Confident</source>
        <translation>Säker</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your answer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ditt svar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No questions here.</source>
        <translation>Inga frågor här.</translation>
    </message>
    <message>
        <source>%1 of %2 questions have a drafted answer</source>
        <translation>%1 av %2 frågor har ett svarsutkast</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ta b&amp;ort</translation>
    </message>
    <message>
        <source>Sho&amp;w again</source>
        <translation>Visa &amp;igen</translation>
    </message>
    <message>
        <source>Not practised aloud yet. Aim for %1.</source>
        <translation>Inte övad högt än. Sikta på %1.</translation>
    </message>
    <message>
        <source>within time</source>
        <translation>inom tiden</translation>
    </message>
    <message>
        <source>over the target</source>
        <translation>över målet</translation>
    </message>
    <message>
        <source>Last: %1 (%2) · best: %3 · %4 attempts</source>
        <translation>Senast: %1 (%2) · bäst: %3 · %4 försök</translation>
    </message>
    <message>
        <source>Stop &amp;drill</source>
        <translation>Sluta &amp;drilla</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>How did that answer go?</source>
        <translation>Hur gick svaret?</translation>
    </message>
    <message>
        <source>Rate your last answer %1 of 5</source>
        <translation>Betygsätt ditt senaste svar %1 av 5</translation>
    </message>
    <message>
        <source>(1 lost it · 5 nailed it)</source>
        <translation>(1 tappade tråden · 5 klockrent)</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>The interview has passed</source>
        <translation>Intervjun har redan varit</translation>
    </message>
    <message>
        <source>Interview in %1 d %2 h</source>
        <translation>Intervju om %1 d %2&#xa0;h</translation>
    </message>
    <message>
        <source>Interview in %1 h %2 min</source>
        <translation>Intervju om %1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>Interview in %1 min</source>
        <translation>Intervju om %1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>website</source>
        <translation>webbplats</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>bransch</translation>
    </message>
    <message>
        <source>what it sells</source>
        <translation>vad det säljer</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>uppdrag</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>department</source>
        <translation>avdelning</translation>
    </message>
    <message>
        <source>Company research: %1</source>
        <translation>Research om företaget: %1</translation>
    </message>
    <message>
        <source>No competitors noted</source>
        <translation>Inga konkurrenter antecknade</translation>
    </message>
    <message>
        <source>Culture and values not noted</source>
        <translation>Kultur och värderingar inte antecknade</translation>
    </message>
    <message>
        <source>No recent news noted</source>
        <translation>Inga aktuella nyheter antecknade</translation>
    </message>
    <message>
        <source>Nobody on the panel noted yet</source>
        <translation>Ingen i panelen antecknad än</translation>
    </message>
    <message>
        <source>No ideas for what they could do better</source>
        <translation>Inga idéer om vad de kan göra bättre</translation>
    </message>
    <message>
        <source>Doubts from the first interview not noted</source>
        <translation>Farhågor från första intervjun inte antecknade</translation>
    </message>
    <message>
        <source>No evidence yet for the doubt “%1”</source>
        <translation>Inget belägg än som bemöter tvivlet ”%1”</translation>
    </message>
    <message>
        <source>No questions to ask them</source>
        <translation>Inga frågor att ställa till dem</translation>
    </message>
    <message>
        <source>%1 example texts still in the deck</source>
        <translation>%1 exempeltexter kvar i bildspelet</translation>
    </message>
    <message>
        <source>%1 empty blocks in the deck</source>
        <translation>%1 tomma block i bildspelet</translation>
    </message>
    <message>
        <source>%1 slides without speaker notes</source>
        <translation>%1 bilder utan talaranteckningar</translation>
    </message>
    <message>
        <source>%1 of %2 key questions without an answer</source>
        <translation>%1 av %2 nyckelfrågor utan svar</translation>
    </message>
    <message>
        <source>%1 of %2 slides whose challenge you have not answered aloud yet</source>
        <translation>%1 av %2 bilder vars utmaning du ännu inte har besvarat högt</translation>
    </message>
    <message>
        <source>Not rehearsed yet</source>
        <translation>Inte övat än</translation>
    </message>
    <message>
        <source>Last rehearsal ran %1 s over the time</source>
        <translation>Senaste övningen drog över tiden med %1&#xa0;s</translation>
    </message>
    <message>
        <source>Last rehearsal took %1 of a %2 talk: rehearse at full length</source>
        <translation>Senaste repetitionen tog %1 av en presentation på %2: repetera i full längd</translation>
    </message>
    <message>
        <source>%1 things to do</source>
        <translation>%1 saker att göra</translation>
    </message>
    <message>
        <source>1 thing to do</source>
        <translation>1 sak att göra</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>klar</translation>
    </message>
</context>
<context>
    <name>ReadinessBar</name>
    <message>
        <source>What is missing</source>
        <translation>Det här saknas</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Flytta %1</translation>
    </message>
</context>
<context>
    <name>RecordingsBox</name>
    <message>
        <source>Record my voice while rehearsing</source>
        <translation>Spela in min röst när jag repeterar</translation>
    </message>
    <message>
        <source>The microphone is recorded per slide and kept on this computer with the preparation.</source>
        <translation>Mikrofonen spelas in bild för bild och sparas på den här datorn tillsammans med förberedelsen.</translation>
    </message>
    <message>
        <source>Recorded slides</source>
        <translation>Inspelade bilder</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Talar</translation>
    </message>
    <message>
        <source>Long pauses</source>
        <translation>Långa pauser</translation>
    </message>
    <message>
        <source>Words/min</source>
        <translation>Ord/min</translation>
    </message>
    <message>
        <source>Fillers</source>
        <translation>Utfyllnadsord</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Talpunkter</translation>
    </message>
    <message>
        <source>Play slide</source>
        <translation>Spela upp bilden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>Delete recordings…</source>
        <translation>Radera inspelningar…</translation>
    </message>
    <message>
        <source>Set up transcription…</source>
        <translation>Ställ in transkribering…</translation>
    </message>
    <message>
        <source>Analyse again</source>
        <translation>Analysera igen</translation>
    </message>
    <message>
        <source>Analyse the shown recording again, with transcription if it is set up now.</source>
        <translation>Analysera den visade inspelningen igen, med transkribering om den nu är inställd.</translation>
    </message>
    <message>
        <source>No microphone can be used, so rehearsals are timed but not recorded (%1).</source>
        <translation>Ingen mikrofon kan användas, så repetitionerna tidtas men spelas inte in (%1).</translation>
    </message>
    <message>
        <source>Recordings use %1</source>
        <translation>Inspelningarna tar %1</translation>
    </message>
    <message>
        <source>No recorded rehearsals.</source>
        <translation>Inga inspelade repetitioner.</translation>
    </message>
    <message>
        <source>Recording of %1: analysing…</source>
        <translation>Inspelningen från %1: analyseras…</translation>
    </message>
    <message>
        <source>Recording of %1: speaking %2 of the talk; long pauses (2 s or more): %3.</source>
        <translation>Inspelningen från %1: du talar under %2 av presentationen; långa pauser (2 s eller mer): %3.</translation>
    </message>
    <message>
        <source>Not heard:</source>
        <translation>Hördes inte:</translation>
    </message>
    <message>
        <source>%1 of %2 said</source>
        <translation>%1 av %2 sagda</translation>
    </message>
    <message>
        <source>read aloud</source>
        <translation>uppläst</translation>
    </message>
    <message>
        <source>Cannot play the recording</source>
        <translation>Inspelningen kan inte spelas upp</translation>
    </message>
    <message>
        <source>Delete every recording of this preparation (%1)? The rehearsals&apos; times and analyses stay.</source>
        <translation>Radera alla inspelningar av den här förberedelsen (%1)? Repetitionernas tider och analyser finns kvar.</translation>
    </message>
    <message>
        <source>Delete recordings</source>
        <translation>Radera inspelningar</translation>
    </message>
    <message>
        <source>Analysing the recording</source>
        <translation>Analyserar inspelningen</translation>
    </message>
    <message>
        <source>The recording could not be analysed: %1</source>
        <translation>Inspelningen kunde inte analyseras: %1</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title (the risk)</source>
        <translation>Rubrik (risken)</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Threat or opportunity</source>
        <translation>Hot eller möjlighet</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Sannolikhet</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Kvarstående sannolikhet</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Kvarstående konsekvens</translation>
    </message>
    <message>
        <source>Score (checked)</source>
        <translation>Riskvärde (kontrolleras)</translation>
    </message>
    <message>
        <source>Band (not stored)</source>
        <translation>Risknivå (sparas inte)</translation>
    </message>
    <message>
        <source>Residual score (not stored)</source>
        <translation>Kvarstående riskvärde (sparas inte)</translation>
    </message>
    <message>
        <source>Residual band (not stored)</source>
        <translation>Kvarstående risknivå (sparas inte)</translation>
    </message>
    <message>
        <source>Proximity</source>
        <translation>Närhet i tid</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Förebyggande åtgärd</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Beredskapsplan</translation>
    </message>
    <message>
        <source>Trigger or early warning</source>
        <translation>Tidig varning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Levels 1–5</source>
        <translation>Nivåer 1–5</translation>
    </message>
    <message>
        <source>Levels 1–3</source>
        <translation>Nivåer 1–3</translation>
    </message>
    <message>
        <source>Levels 1–4</source>
        <translation>Nivåer 1–4</translation>
    </message>
    <message>
        <source>Levels 1–10</source>
        <translation>Nivåer 1–10</translation>
    </message>
    <message>
        <source>Words (five steps)</source>
        <translation>Ord (fem steg)</translation>
    </message>
    <message>
        <source>Low, Medium, High</source>
        <translation>Låg, Medel, Hög</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>Procentsatser</translation>
    </message>
    <message>
        <source>Probabilities 0–1</source>
        <translation>Sannolikheter 0–1</translation>
    </message>
    <message>
        <source>Amounts of money</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Delays (days)</source>
        <translation>Förseningar (dagar)</translation>
    </message>
    <message>
        <source>Delays (weeks)</source>
        <translation>Förseningar (veckor)</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importera %1</translation>
    </message>
    <message>
        <source>The first rows, numbered as in the file. Grey rows will be skipped.</source>
        <translation>De första raderna, numrerade som i filen. Grå rader hoppas över.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(finns inte i filen)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>%1, sheet “%4”: header rows %2; rows below the header: %3.</source>
        <translation>%1, bladet ”%4”: rubrikrader %2; rader under rubriken: %3.</translation>
    </message>
    <message>
        <source>%1, sheet “%4”: header row %2; rows below the header: %3.</source>
        <translation>%1, bladet ”%4”: rubrikrad %2; rader under rubriken: %3.</translation>
    </message>
    <message>
        <source>%1: header rows %2; rows below the header: %3.</source>
        <translation>%1: rubrikrader %2; rader under rubriken: %3.</translation>
    </message>
    <message>
        <source>%1: header row %2; rows below the header: %3.</source>
        <translation>%1: rubrikrad %2; rader under rubriken: %3.</translation>
    </message>
    <message>
        <source>levels 2–5 begin at, e.g. 10; 30; 50; 80</source>
        <translation>där nivå 2–5 börjar, t.ex. 10; 30; 50; 80</translation>
    </message>
    <message>
        <source>Where levels 2, 3, 4 and 5 begin, separated by semicolons.</source>
        <translation>Där nivå 2, 3, 4 och 5 börjar, åtskilda med semikolon.</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <source>as you chose</source>
        <translation>som du valde</translation>
    </message>
    <message>
        <source>Write four rising numbers separated by semicolons, e.g. 10; 30; 50; 80.</source>
        <translation>Skriv fyra stigande tal åtskilda med semikolon, t.ex. 10; 30; 50; 80.</translation>
    </message>
    <message>
        <source>(the thresholds of the rating before the actions)</source>
        <translation>(samma gränser som bedömningen före åtgärderna)</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>säker</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>trolig</translation>
    </message>
    <message>
        <source>a guess</source>
        <translation>en gissning</translation>
    </message>
    <message>
        <source>Kept as extra columns: %1.</source>
        <translation>Sparas som extra kolumner: %1.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Sannolikhet</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Riskvärde</translation>
    </message>
    <message>
        <source>Likelihood after</source>
        <translation>Sannolikhet efter</translation>
    </message>
    <message>
        <source>Impact after</source>
        <translation>Konsekvens efter</translation>
    </message>
    <message>
        <source>Score after</source>
        <translation>Riskvärde efter</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proximity</source>
        <translation>Närhet i tid</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Förebyggande åtgärd</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Beredskapsplan</translation>
    </message>
    <message>
        <source>Trigger or early warning</source>
        <translation>Tidig varning</translation>
    </message>
    <message>
        <source>Likelihood and impact are whole numbers from 1 to 5.</source>
        <translation>Sannolikhet och konsekvens är heltal från 1 till 5.</translation>
    </message>
    <message>
        <source>Every risk needs an ID.</source>
        <translation>Varje risk behöver ett ID.</translation>
    </message>
    <message>
        <source>The ID %1 is already used by another risk.</source>
        <translation>ID:t %1 används redan av en annan risk.</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Filter: any word in any field</source>
        <translation>Filter: vilket ord som helst i vilket fält som helst</translation>
    </message>
    <message>
        <source>Filter risks</source>
        <translation>Filtrera risker</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Riskregister</translation>
    </message>
    <message>
        <source>Selected risk</source>
        <translation>Vald risk</translation>
    </message>
    <message>
        <source>— same as inherent</source>
        <translation>— samma som före åtgärder</translation>
    </message>
    <message>
        <source>Because … (the source of the risk)</source>
        <translation>Eftersom … (riskens källa)</translation>
    </message>
    <message>
        <source>… could happen (the uncertain event)</source>
        <translation>… kan inträffa (den osäkra händelsen)</translation>
    </message>
    <message>
        <source>… which would (the effect on the plan&apos;s goals)</source>
        <translation>… vilket skulle (effekten på planens mål)</translation>
    </message>
    <message>
        <source>What we do now to make it less likely or less harmful</source>
        <translation>Det vi gör nu för att göra den mindre sannolik eller mindre skadlig</translation>
    </message>
    <message>
        <source>What we do if it happens anyway</source>
        <translation>Det vi gör om den ändå inträffar</translation>
    </message>
    <message>
        <source>The early warning that tells us it is happening</source>
        <translation>Den tidiga varningen som visar att den håller på att inträffa</translation>
    </message>
    <message>
        <source>1 risk</source>
        <translation>1 risk</translation>
    </message>
    <message>
        <source>%1 risks</source>
        <translation>%1 risker</translation>
    </message>
</context>
<context>
    <name>RehearsePanel</name>
    <message>
        <source>What the slide grid shows</source>
        <translation>Vad bildrutnätet visar</translation>
    </message>
    <message>
        <source>Time against budget</source>
        <translation>Tid mot budget</translation>
    </message>
    <message>
        <source>Pace (words a minute)</source>
        <translation>Tempo (ord i minuten)</translation>
    </message>
    <message>
        <source>Long pauses</source>
        <translation>Långa pauser</translation>
    </message>
    <message>
        <source>Filler words</source>
        <translation>Utfyllnadsord</translation>
    </message>
    <message>
        <source>Time per slide</source>
        <translation>Tid per bild</translation>
    </message>
    <message>
        <source>Slides show</source>
        <translation>Bilderna visar</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Inspelningar</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Innan du börjar</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Within this many seconds of the plan the pace reads “on plan”.</source>
        <translation>Inom så här många sekunder från planen visas tempot som ”enligt plan”.</translation>
    </message>
    <message>
        <source>on the first advance</source>
        <translation>vid första bildbytet</translation>
    </message>
    <message>
        <source>as soon as the console opens</source>
        <translation>så fort talarvyn öppnas</translation>
    </message>
    <message>
        <source>Hard stop at</source>
        <translation>Hårt stopp klockan</translation>
    </message>
    <message>
        <source>Video-call mode: audience in its own window to share</source>
        <translation>Videomötesläge: publiken i ett eget fönster att dela</translation>
    </message>
    <message>
        <source>Start presenting (F5)</source>
        <translation>Börja presentera (F5)</translation>
    </message>
    <message>
        <source>Rehearse a deck…</source>
        <translation>Öva med en presentation …</translation>
    </message>
    <message>
        <source>Present a PowerPoint or PDF deck you finished elsewhere with the same clocks and record.</source>
        <translation>Presentera en PowerPoint- eller PDF-presentation du gjort någon annanstans, med samma klockor och logg.</translation>
    </message>
    <message>
        <source>Pace tolerance ±</source>
        <translation>Tolerans för tempo ±</translation>
    </message>
    <message>
        <source>Warn before the end</source>
        <translation>Varna före slutet</translation>
    </message>
    <message>
        <source>Warn before a slide&apos;s budget</source>
        <translation>Varna före en bilds tidsbudget</translation>
    </message>
    <message>
        <source>Start the clock</source>
        <translation>Starta klockan</translation>
    </message>
    <message>
        <source>Keys: → Space PgDn N next · ← PgUp Backspace P previous · number+Enter jump · B/W black/white · O overview · S start/pause · R reset · Q a panel question · 1-5 rate your answer · ? all keys · Esc leave.</source>
        <translation>Tangenter: → Blanksteg PgDn N nästa · ← PgUp Backsteg P föregående · nummer+Retur hoppa · B/W svart/vit · O översikt · S starta/pausa · R nollställ · Q en fråga från panelen · 1–5 betygsätt svaret · ? alla tangenter · Esc lämna.</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Senaste dragningen</translation>
    </message>
    <message>
        <source>slide %1</source>
        <translation>bild %1</translation>
    </message>
    <message>
        <source>The slides&apos; budgets add up to %1 for a %2 talk; %3 reserved for questions.</source>
        <translation>Bildernas tidsbudgetar blir sammanlagt %1 för en dragning på %2; %3 är avsatt för frågor.</translation>
    </message>
    <message>
        <source>That is %1 more than the talk: shorten some slides&apos; budgets in the Deck tab.</source>
        <translation>Det är %1 mer än dragningen: korta några bilders tidsbudget under fliken Bildspel.</translation>
    </message>
    <message>
        <source>With the hard stop the talk must end %1 before %2.</source>
        <translation>Med det hårda stoppet måste dragningen sluta %1 före %2.</translation>
    </message>
    <message>
        <source>No rehearsals yet: press Start presenting and give the talk out loud.</source>
        <translation>Inga övningar än: tryck på Börja presentera och håll dragningen högt.</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Förslag</translation>
    </message>
</context>
<context>
    <name>ResearchPanel</name>
    <message>
        <source>Cannot open the link</source>
        <translation>Länken kan inte öppnas</translation>
    </message>
    <message>
        <source>Research sections</source>
        <translation>Researchavsnitt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Market and news</source>
        <translation>Marknad och nyheter</translation>
    </message>
    <message>
        <source>The panel</source>
        <translation>Panelen</translation>
    </message>
    <message>
        <source>Could do better</source>
        <translation>Kan bli bättre</translation>
    </message>
    <message>
        <source>Doubts to answer</source>
        <translation>Farhågor att bemöta</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Frågor att ställa</translation>
    </message>
    <message>
        <source>Research brief (PDF)…</source>
        <translation>Researchsammanfattning (PDF)…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;From website…</source>
        <translation>Från &amp;webbplatsen…</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Webbplats:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Bransch:</translation>
    </message>
    <message>
        <source>What it &amp;sells:</source>
        <translation>Vad det &amp;säljer:</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Uppdrag:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>St&amp;orlek:</translation>
    </message>
    <message>
        <source>staff, revenue, markets</source>
        <translation>anställda, omsättning, marknader</translation>
    </message>
    <message>
        <source>Operational &amp;goals:</source>
        <translation>Verksamhets&amp;mål:</translation>
    </message>
    <message>
        <source>One goal per line; they appear on your closing slide</source>
        <translation>Ett mål per rad; de visas på din avslutande bild</translation>
    </message>
    <message>
        <source>The &amp;department and how it fits:</source>
        <translation>&amp;Avdelningen och hur den passar in:</translation>
    </message>
    <message>
        <source>Show the logo on the slides</source>
        <translation>Visa logotypen på bilderna</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotyp:</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Profilfärg</translation>
    </message>
    <message>
        <source>the accent colour of your slides</source>
        <translation>accentfärgen på dina bilder</translation>
    </message>
    <message>
        <source>Brand colour:</source>
        <translation>Profilfärg:</translation>
    </message>
    <message>
        <source>&amp;Competitors:</source>
        <translation>&amp;Konkurrenter:</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>En per rad</translation>
    </message>
    <message>
        <source>C&amp;ulture and values:</source>
        <translation>K&amp;ultur och värderingar:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent news&lt;/b&gt;</source>
        <translation>&lt;b&gt;Senaste nytt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Länk till källan</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Varför det spelar roll:</translation>
    </message>
    <message>
        <source>news item</source>
        <translation>nyhet</translation>
    </message>
    <message>
        <source>Open source link</source>
        <translation>Öppna länken till källan</translation>
    </message>
    <message>
        <source>Who will you meet? Note what each person cares about in this role, so you can speak to it, and what you want to ask them. Future colleagues often join the second interview and listen for what working with you would be like: use their names, link a point to their work, and ask for their view at least once.</source>
        <translation>Vilka ska du träffa? Anteckna vad varje person bryr sig om i den här rollen, så att du kan tala till det, och vad du vill fråga dem. Blivande kollegor sitter ofta med i den andra intervjun och lyssnar efter hur det skulle vara att arbeta med dig: använd deras namn, knyt en poäng till deras arbete och be om deras syn minst en gång.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Their interest in the role:</source>
        <translation>Deras intresse i rollen:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Anteckningar:</translation>
    </message>
    <message>
        <source>What to ask them:</source>
        <translation>Vad du vill fråga:</translation>
    </message>
    <message>
        <source>Profile link:</source>
        <translation>Länk till profil:</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Öppna profilen</translation>
    </message>
    <message>
        <source>“What could we do better?” is not a trick question. Note what you noticed (the website, a store, a process), how you know, and a constructive proposal. They fill your opportunities slide.</source>
        <translation>”Vad kan vi göra bättre?” är ingen kuggfråga. Anteckna vad du har lagt märke till (webbplatsen, en butik, en process), hur du vet det och ett konstruktivt förslag. De fyller din bild om möjligheter.</translation>
    </message>
    <message>
        <source>What I noticed</source>
        <translation>Vad jag lade märke till</translation>
    </message>
    <message>
        <source>How I know</source>
        <translation>Hur jag vet</translation>
    </message>
    <message>
        <source>What I propose</source>
        <translation>Vad jag föreslår</translation>
    </message>
    <message>
        <source>What I noticed:</source>
        <translation>Vad jag lade märke till:</translation>
    </message>
    <message>
        <source>How I know:</source>
        <translation>Hur jag vet:</translation>
    </message>
    <message>
        <source>What I propose:</source>
        <translation>Vad jag föreslår:</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idé</translation>
    </message>
    <message>
        <source>Add an opportunities slide to the deck</source>
        <translation>Lägg till en bild om möjligheter i bildspelet</translation>
    </message>
    <message>
        <source>What did the panel question in the first interview? Expect them to come back to it. Write the evidence that answers each doubt: it goes on your closing slide and into your practice.</source>
        <translation>Vad ifrågasatte panelen vid den första intervjun? Räkna med att de återkommer till det. Skriv ned belägget som bemöter varje farhåga: det hamnar på din avslutande bild och i din övning.</translation>
    </message>
    <message>
        <source>What they questioned</source>
        <translation>Vad de ifrågasatte</translation>
    </message>
    <message>
        <source>Evidence that answers it</source>
        <translation>Belägg som bemöter det</translation>
    </message>
    <message>
        <source>What they questioned:</source>
        <translation>Vad de ifrågasatte:</translation>
    </message>
    <message>
        <source>Evidence that answers it:</source>
        <translation>Belägg som bemöter det:</translation>
    </message>
    <message>
        <source>doubt</source>
        <translation>farhåga</translation>
    </message>
    <message>
        <source>Questions you will ask them. Good ones show your research: about the team, what success looks like, the biggest challenge right now. Avoid what the website already answers.</source>
        <translation>Frågor som du ska ställa till dem. Bra frågor visar din research: om teamet, hur framgång ser ut, den största utmaningen just nu. Undvik det som webbplatsen redan svarar på.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Till vem</translation>
    </message>
    <message>
        <source>question</source>
        <translation>fråga</translation>
    </message>
    <message>
        <source>Use a colour like #1A5FB4</source>
        <translation>Ange en färg som #1A5FB4</translation>
    </message>
    <message>
        <source>No logo yet: use From website, or the logo stays off the slides.</source>
        <translation>Ingen logotyp än: använd Från webbplatsen, annars visas ingen logotyp på bilderna.</translation>
    </message>
    <message>
        <source>The deck already has it</source>
        <translation>Bildspelet har den redan</translation>
    </message>
    <message>
        <source>Slide added</source>
        <translation>Bilden har lagts till</translation>
    </message>
    <message>
        <source>The opportunities slide is slide %1, before your closing slide.</source>
        <translation>Bilden om möjligheter är bild %1, före din avslutande bild.</translation>
    </message>
    <message>
        <source>Not a web address</source>
        <translation>Ingen webbadress</translation>
    </message>
    <message>
        <source>Logo not saved</source>
        <translation>Logotypen sparades inte</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Challenge</source>
        <translation>Utmaning</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Senaste svar</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Answer times, oldest first: %1</source>
        <translation>Svarstider, äldst först: %1</translation>
    </message>
    <message>
        <source>Ratings, oldest first: %1</source>
        <translation>Betyg, äldst först: %1</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicera</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>From &amp;library…</source>
        <translation>Från &amp;bibliotek…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Re&amp;gister</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Scales</source>
        <translation>&amp;Skalor</translation>
    </message>
    <message>
        <source>Heat &amp;map</source>
        <translation>V&amp;ärmekarta</translation>
    </message>
    <message>
        <source>Ver&amp;dict</source>
        <translation>Om&amp;döme</translation>
    </message>
    <message>
        <source>R&amp;isks</source>
        <translation>Ris&amp;ker</translation>
    </message>
    <message>
        <source>Add a risk</source>
        <translation>Lägg till en risk</translation>
    </message>
    <message>
        <source>Duplicate risks</source>
        <translation>Duplicera risker</translation>
    </message>
    <message>
        <source>Delete risks</source>
        <translation>Ta bort risker</translation>
    </message>
    <message>
        <source>Add risks from the library</source>
        <translation>Lägg till risker från biblioteket</translation>
    </message>
    <message>
        <source>Import a risk register</source>
        <translation>Importera ett riskregister</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Filen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>Replace the %1 risks in the register with the %2 from %3? You can undo this with Ctrl+Z.</source>
        <translation>Ersätta de %1 riskerna i registret med de %2 från %3? Du kan ångra det med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importera %1</translation>
    </message>
    <message>
        <source>1 risk imported from %2.</source>
        <translation>1 risk importerad från %2.</translation>
    </message>
    <message>
        <source>%1 risks imported from %2.</source>
        <translation>%1 risker importerade från %2.</translation>
    </message>
    <message>
        <source>Kept as extra columns: %1.</source>
        <translation>Sparas som extra kolumner: %1.</translation>
    </message>
    <message>
        <source>Export the risk register</source>
        <translation>Exportera riskregistret</translation>
    </message>
    <message>
        <source>The register (%1 risks) was written to %2.</source>
        <translation>Registret (%1 risker) skrevs till %2.</translation>
    </message>
    <message>
        <source>Phases and milestones</source>
        <translation>Faser och milstolpar</translation>
    </message>
    <message>
        <source>Add p&amp;hase</source>
        <translation>Lägg till &amp;fas</translation>
    </message>
    <message>
        <source>Add mi&amp;lestone</source>
        <translation>Lägg till &amp;milstolpe</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Klistra in rader</translation>
    </message>
    <message>
        <source>Import plan…</source>
        <translation>Importera plan…</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet (name, start, end), or import a CSV or Excel file. A row with one date is a milestone.</source>
        <translation>Klistra in rader som kopierats från ett kalkylblad (namn, start, slut), eller importera en CSV- eller Excelfil. En rad med bara ett datum är en milstolpe.</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Ny milstolpe</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Ny fas</translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>Lägg till i planen</translation>
    </message>
    <message>
        <source>Delete from the plan</source>
        <translation>Ta bort från planen</translation>
    </message>
    <message>
        <source>Paste the plan</source>
        <translation>Klistra in planen</translation>
    </message>
    <message>
        <source>Paste into the plan</source>
        <translation>Klistra in i planen</translation>
    </message>
    <message>
        <source>Import the plan</source>
        <translation>Importera planen</translation>
    </message>
    <message>
        <source>Replace the %1 rows of the plan with the %2 from %3? You can undo this with Ctrl+Z.</source>
        <translation>Ersätta planens %1 rader med de %2 från %3? Du kan ångra det med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>What is the presentation task?</source>
        <translation>Vad är presentationsuppgiften?</translation>
    </message>
    <message>
        <source>Pick the role you are interviewing for; Podium scaffolds the deck a professional in that role would present.</source>
        <translation>Välj rollen som du söker; Podium bygger upp det bildspel som en yrkesperson i den rollen skulle presentera.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
</context>
<context>
    <name>RunRecording</name>
    <message>
        <source>Recording not saved</source>
        <translation>Inspelningen sparades inte</translation>
    </message>
</context>
<context>
    <name>ScalesEditor</name>
    <message>
        <source>Describe each level in the plan&apos;s own money and time, for example “SEK 1–3m or 2–4 months”. The method slide shows these scales.</source>
        <translation>Beskriv varje nivå i planens egna pengar och tid, till exempel ”1–3&#xa0;mkr eller 2–4&#xa0;månader”. Metodbilden visar de här skalorna.</translation>
    </message>
    <message>
        <source>Likelihood and impact scales</source>
        <translation>Skalor för sannolikhet och konsekvens</translation>
    </message>
    <message>
        <source>Medium from</source>
        <translation>Medel från</translation>
    </message>
    <message>
        <source>High from</source>
        <translation>Hög från</translation>
    </message>
    <message>
        <source>Very high from</source>
        <translation>Mycket hög från</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bands&lt;/b&gt; (score = likelihood × impact, 1–25)</source>
        <translation>&lt;b&gt;Risknivåer&lt;/b&gt; (riskvärde = sannolikhet × konsekvens, 1–25)</translation>
    </message>
    <message>
        <source>Each band must start higher than the one below it.</source>
        <translation>Varje risknivå måste börja högre än nivån under.</translation>
    </message>
</context>
<context>
    <name>ScalesModel</name>
    <message>
        <source>Likelihood</source>
        <translation>Sannolikhet</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Vad det innebär</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>Change the bands</source>
        <translation>Ändra risknivåerna</translation>
    </message>
    <message>
        <source>Reset the scales</source>
        <translation>Återställ skalorna</translation>
    </message>
</context>
<context>
    <name>SendAheadBox</name>
    <message>
        <source>Sending the deck ahead?</source>
        <translation>Ska presentationen skickas i förväg?</translation>
    </message>
    <message>
        <source>Send a PDF unless they ask for the editable file: it looks the same on every screen, and your speaker notes stay with you.</source>
        <translation>Skicka en pdf om de inte ber om den redigerbara filen: den ser likadan ut på alla skärmar, och dina talaranteckningar stannar hos dig.</translation>
    </message>
    <message>
        <source>If they want the .pptx, leave Podium&apos;s guidance out and read your notes as the panel would: the notes travel with the file.</source>
        <translation>Vill de ha pptx-filen, lämna Podiums vägledning utanför och läs dina anteckningar som panelen skulle läsa dem: de följer med filen.</translation>
    </message>
    <message>
        <source>Send it by their deadline (with none, the working day before) and present the version you sent; if you change it, bring the new one and say what changed.</source>
        <translation>Skicka den senast den dag de har bett om (har de inte sagt något: vardagen före) och visa den version du skickade; ändrar du något, ta med den nya och säg vad som är ändrat.</translation>
    </message>
    <message>
        <source>Cover note</source>
        <translation>Följebrev</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy the cover note, to paste into your e-mail</source>
        <translation>Kopiera följebrevet och klistra in det i ditt mejl</translation>
    </message>
    <message>
        <source>Cover note:</source>
        <translation>Följebrev:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Utseende:</translation>
    </message>
    <message>
        <source>A deck&apos;s own language is chosen per preparation, in its New Preparation details.</source>
        <translation>Bildspelets eget språk väljs för varje förberedelse, bland uppgifterna när du skapar en ny förberedelse.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemets standard (%1)</translation>
    </message>
    <message>
        <source>The language of menus, buttons and guidance on screen</source>
        <translation>Språket i menyer, knappar och vägledning på skärmen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>Light or dark colours for the windows</source>
        <translation>Ljusa eller mörka färger i fönstren</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>From the company&apos;s website</source>
        <translation>Från företagets webbplats</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Läser %1 …</translation>
    </message>
    <message>
        <source>Show the selected logo on the slides</source>
        <translation>Visa den valda logotypen på bilderna</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beskrivning:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotyp:</translation>
    </message>
    <message>
        <source>Brand colour:</source>
        <translation>Profilfärg:</translation>
    </message>
    <message>
        <source>Use selected</source>
        <translation>Använd det valda</translation>
    </message>
    <message>
        <source>Unexpected problem: %1</source>
        <translation>Oväntat problem: %1</translation>
    </message>
    <message>
        <source>Nothing was read. %1</source>
        <translation>Inget lästes. %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Found on %1 — tick what you want to keep:</source>
        <translation>Hittat på %1 — markera det du vill behålla:</translation>
    </message>
    <message>
        <source>No logo found</source>
        <translation>Ingen logotyp hittades</translation>
    </message>
    <message>
        <source>(none found)</source>
        <translation>(inget hittades)</translation>
    </message>
</context>
<context>
    <name>SkipPlan</name>
    <message>
        <source>If the panel stops you at half time: nothing to skip, every slide after it is essential.</source>
        <translation>Om panelen bryter vid halva tiden: inget att hoppa över, alla bilder efter det är nödvändiga.</translation>
    </message>
    <message>
        <source>If the panel stops you at half time, skip %1 (saves %2)</source>
        <translation>Om panelen bryter vid halva tiden: hoppa över %1 (sparar %2)</translation>
    </message>
    <message>
        <source> and go straight to %1</source>
        <translation> och gå direkt till %1</translation>
    </message>
</context>
<context>
    <name>SlideForm</name>
    <message>
        <source>Slide title</source>
        <translation>Bildens rubrik</translation>
    </message>
    <message>
        <source>Follow data again</source>
        <translation>Följ data igen</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Underrubrik</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valfritt</translation>
    </message>
    <message>
        <source>Target time in seconds</source>
        <translation>Måltid i sekunder</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Backup slide (kept out of the timed plan)</source>
        <translation>Reservbild (utanför tidsplanen)</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Talaranteckningar</translation>
    </message>
    <message>
        <source>What you will say on this slide</source>
        <translation>Vad du ska säga till den här bilden</translation>
    </message>
    <message>
        <source>Add to slide</source>
        <translation>Lägg till på bilden</translation>
    </message>
    <message>
        <source>Bullet points</source>
        <translation>Punktlista</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Underrubrik:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <source>Speaker &amp;notes:</source>
        <translation>Talar&amp;anteckningar:</translation>
    </message>
    <message>
        <source>No guidance for this slide.</source>
        <translation>Ingen vägledning för den här bilden.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>not timed</source>
        <translation>ingen tid</translation>
    </message>
    <message>
        <source>%1 words, about %2 to say</source>
        <translation>%1 ord, ungefär %2 att säga</translation>
    </message>
    <message>
        <source>Written from your data: the slide&apos;s conclusion. Edit it to make it your own.</source>
        <translation>Skriven utifrån dina data: bildens slutsats. Ändra den så blir den din egen.</translation>
    </message>
    <message>
        <source>Your own title: the data no longer changes it.</source>
        <translation>Din egen rubrik: dina data ändrar den inte längre.</translation>
    </message>
    <message>
        <source>Nothing to fill it with</source>
        <translation>Inget att fylla det med</translation>
    </message>
    <message>
        <source>Your data cannot state this slide&apos;s conclusion yet. Add the data in the role&apos;s planner tab first.</source>
        <translation>Dina data räcker inte för bildens slutsats än. Lägg först in underlaget på rollens planeringsflik.</translation>
    </message>
    <message>
        <source>Your data does not fill this block yet. Add the data in the role&apos;s planner tab first.</source>
        <translation>Dina data fyller inte det här blocket än. Lägg först till data under rollens planeringsflik.</translation>
    </message>
</context>
<context>
    <name>SlideList</name>
    <message>
        <source>Slides</source>
        <translation>Bilder</translation>
    </message>
</context>
<context>
    <name>SlideListModel</name>
    <message>
        <source>%1. %2 (backup)</source>
        <translation>%1. %2 (reserv)</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>RESERV</translation>
    </message>
</context>
<context>
    <name>SlidePreview</name>
    <message>
        <source>Slide preview</source>
        <translation>Förhandsvisning av bilden</translation>
    </message>
</context>
<context>
    <name>SlideTimesModel</name>
    <message>
        <source>Slide</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Notes ≈ spoken</source>
        <translation>Anteckningar ≈ talat</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Senaste dragningen</translation>
    </message>
    <message>
        <source>Median, last %1 runs</source>
        <translation>Median, senaste %1 dragningarna</translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <source>Remove selected</source>
        <translation>Ta bort markerade</translation>
    </message>
</context>
<context>
    <name>Takeaway</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Podium could not write the PDF: %1</source>
        <translation>Podium kunde inte skriva PDF-filen: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporterade %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Research brief</source>
        <translation>Researchsammanfattning</translation>
    </message>
    <message>
        <source>Answer cue cards</source>
        <translation>Stödkort för svaren</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Kinds of question</source>
        <translation>Slags frågor</translation>
    </message>
    <message>
        <source>A spoken answer should take 60 to 90 seconds: long enough for evidence, short enough to stop. Set a target for a kind of question, or leave each question its own.</source>
        <translation>Ett muntligt svar bör ta 60 till 90 sekunder: tillräckligt länge för belägg, tillräckligt kort för att sluta i tid. Sätt ett mål för ett slags fråga, eller låt varje fråga behålla sitt eget.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The panel asks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Panelen frågar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Svara på&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Answer time: %1</source>
        <translation>Svarstid: %1</translation>
    </message>
    <message>
        <source>each question&apos;s own</source>
        <translation>varje frågas egen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>TodoList</name>
    <message>
        <source>Example points still to replace</source>
        <translation>Exempelpunkter som ska bytas ut</translation>
    </message>
    <message>
        <source>Example table still to replace</source>
        <translation>Exempeltabell som ska bytas ut</translation>
    </message>
    <message>
        <source>Example chart still to replace</source>
        <translation>Exempeldiagram som ska bytas ut</translation>
    </message>
    <message>
        <source>Example image still to replace</source>
        <translation>Exempelbild som ska bytas ut</translation>
    </message>
    <message>
        <source>Example diagram still to replace</source>
        <translation>Exempelfigur som ska bytas ut</translation>
    </message>
    <message>
        <source>Example content still to replace</source>
        <translation>Exempelinnehåll som ska bytas ut</translation>
    </message>
    <message>
        <source>Example title still to replace</source>
        <translation>Exempelrubrik att ersätta</translation>
    </message>
    <message>
        <source>Empty block to fill in or remove</source>
        <translation>Tomt block att fylla i eller ta bort</translation>
    </message>
    <message>
        <source>No speaker notes yet</source>
        <translation>Inga talaranteckningar än</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>Ingen rubrik</translation>
    </message>
    <message>
        <source>A [gap] still to fill in</source>
        <translation>En [lucka] kvar att fylla i</translation>
    </message>
    <message>
        <source>Notes draft with [gaps] still open</source>
        <translation>Anteckningsutkast med [luckor] kvar</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>namnlös</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Research</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Repetera</translation>
    </message>
    <message>
        <source>Nothing left to finish in the deck. %1 more to do before the interview.</source>
        <translation>Presentationen är klar. %1 saker kvar att göra före intervjun.</translation>
    </message>
    <message>
        <source>1 thing left to finish, in the deck. Click it to go there.</source>
        <translation>1 sak kvar att göra, i presentationen. Klicka på den för att gå dit.</translation>
    </message>
    <message>
        <source>%1 things to do before the interview, %2 in the deck. Click one to go there.</source>
        <translation>%1 saker kvar före intervjun, varav %2 i presentationen. Klicka på en för att gå dit.</translation>
    </message>
    <message>
        <source>Unfinished work</source>
        <translation>Ofärdigt arbete</translation>
    </message>
    <message>
        <source>Nothing left to finish: the deck is ready to export.</source>
        <translation>Inget kvar att göra klart: bildspelet är redo att exporteras.</translation>
    </message>
</context>
<context>
    <name>Transcription</name>
    <message>
        <source>Transcription is not installed: install %1 (about 380 MB) for words, pace, filler words and talking points. Speaking time and pauses work without it.</source>
        <translation>Transkribering är inte installerad: installera %1 (cirka 380 MB) för ord, tempo, utfyllnadsord och talpunkter. Taltid och pauser fungerar utan den.</translation>
    </message>
    <message>
        <source>Transcription needs a speech model: set it up once from a download, an archive or a folder.</source>
        <translation>Transkribering behöver en talmodell: ställ in den en gång från en nedladdning, ett arkiv eller en mapp.</translation>
    </message>
    <message>
        <source>Transcription is ready (model in %1).</source>
        <translation>Transkribering är klar att använda (modell i %1).</translation>
    </message>
</context>
<context>
    <name>VerdictEditor</name>
    <message>
        <source>Go-live milestone</source>
        <translation>Milstolpe för driftsättning</translation>
    </message>
    <message>
        <source>Read the buffer from the plan</source>
        <translation>Hämta bufferten ur planen</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> veckor</translation>
    </message>
    <message>
        <source>Buffer before go-live, in weeks</source>
        <translation>Buffert före driftsättning, i veckor</translation>
    </message>
    <message>
        <source>Cost reserve in the plan, in millions</source>
        <translation>Kostnadsreserv i planen, i miljoner</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Buffer before it:</source>
        <translation>Buffert före:</translation>
    </message>
    <message>
        <source>Go-&amp;live:</source>
        <translation>Driftsät&amp;tning:</translation>
    </message>
    <message>
        <source>Cos&amp;t reserve in the plan (millions):</source>
        <translation>Kost&amp;nadsreserv i planen (miljoner):</translation>
    </message>
    <message>
        <source>The date the verdict is about</source>
        <translation>Datumet som omdömet gäller</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>From the data</source>
        <translation>Enligt underlaget</translation>
    </message>
    <message>
        <source>My rating</source>
        <translation>Min bedömning</translation>
    </message>
    <message>
        <source>My reason</source>
        <translation>Mitt skäl</translation>
    </message>
    <message>
        <source>My rating of %1</source>
        <translation>Min bedömning av %1</translation>
    </message>
    <message>
        <source>Follow the data</source>
        <translation>Följ underlaget</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Röd</translation>
    </message>
    <message>
        <source>Why, for %1</source>
        <translation>Varför, för %1</translation>
    </message>
    <message>
        <source>One line the panel can check</source>
        <translation>En rad som panelen kan kontrollera</translation>
    </message>
    <message>
        <source>Plan health</source>
        <translation>Planens hälsa</translation>
    </message>
    <message>
        <source>Podium rates what the plan and the register show. Where it cannot, the slide shows an example until you give your own rating and reason; the slide then says it is your judgement.</source>
        <translation>Podium bedömer det som planen och riskregistret visar. Där det inte går visar bilden ett exempel tills du gör en egen bedömning med skäl; då står det på bilden att det är din bedömning.</translation>
    </message>
    <message>
        <source>Schedule realism</source>
        <translation>Realistisk tidplan</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Reserver</translation>
    </message>
    <message>
        <source>Benefit ownership</source>
        <translation>Ägarskap för nyttan</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Beroenden</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Styrning</translation>
    </message>
    <message>
        <source>Found in the plan: %1</source>
        <translation>Hittad i planen: %1</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Ingen plan än</translation>
    </message>
    <message>
        <source>Read from the plan (%1 weeks)</source>
        <translation>Hämtad ur planen (%1&#xa0;veckor)</translation>
    </message>
    <message>
        <source>Cos&amp;t reserve in the plan (millions of %1):</source>
        <translation>Kost&amp;nadsreserv i planen (miljoner %1):</translation>
    </message>
    <message>
        <source>Not in the data: give your own rating</source>
        <translation>Finns inte i underlaget: gör en egen bedömning</translation>
    </message>
</context>
<context>
    <name>VerdictModel</name>
    <message>
        <source>Choose the go-live</source>
        <translation>Välj driftsättning</translation>
    </message>
    <message>
        <source>Change the buffer</source>
        <translation>Ändra bufferten</translation>
    </message>
    <message>
        <source>Change the cost reserve</source>
        <translation>Ändra kostnadsreserven</translation>
    </message>
    <message>
        <source>Rate the plan</source>
        <translation>Bedöm planen</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New Preparation…</source>
        <translation>&amp;Ny förberedelse…</translation>
    </message>
    <message>
        <source>Start a preparation: role, company, date and talk length</source>
        <translation>Påbörja en förberedelse: roll, företag, datum och presentationens längd</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Choose a preparation in the library</source>
        <translation>Välj en förberedelse i biblioteket</translation>
    </message>
    <message>
        <source>&amp;Close Preparation</source>
        <translation>S&amp;täng förberedelse</translation>
    </message>
    <message>
        <source>Export &amp;Deck…</source>
        <translation>Exportera &amp;bildspel…</translation>
    </message>
    <message>
        <source>PowerPoint, PDF, handout or images, with what is unfinished listed first</source>
        <translation>PowerPoint, PDF, åhörarkopia eller bilder, med det som är ofärdigt listat först</translation>
    </message>
    <message>
        <source>&amp;Export .pptx…</source>
        <translation>E&amp;xportera .pptx…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna s&amp;enaste</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Språk och utseende</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <source>Every preparation, newest first</source>
        <translation>Alla förberedelser, den senaste först</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Helskärm</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentera</translation>
    </message>
    <message>
        <source>Rehearse the deck in the presenter console, against the clock</source>
        <translation>Öva bildspelet i talarvyn, mot klockan</translation>
    </message>
    <message>
        <source>Rehearse a &amp;Deck…</source>
        <translation>Öva med en &amp;presentation …</translation>
    </message>
    <message>
        <source>Rehearse a PowerPoint or PDF deck finished elsewhere, with the same clocks and record</source>
        <translation>Öva med en PowerPoint- eller PDF-presentation gjord någon annanstans, med samma klockor och logg</translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <source>&amp;About Podium</source>
        <translation>&amp;Om Podium</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>No recent preparations</source>
        <translation>Inga senaste förberedelser</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Töm listan</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The interview has passed</source>
        <translation>Intervjun har redan varit</translation>
    </message>
    <message>
        <source>Interview in %1 d %2 h</source>
        <translation>Intervju om %1 d %2&#xa0;h</translation>
    </message>
    <message>
        <source>Re&amp;search</source>
        <translation>R&amp;esearch</translation>
    </message>
    <message>
        <source>Dec&amp;k</source>
        <translation>&amp;Bildspel</translation>
    </message>
    <message>
        <source>Rehe&amp;arse</source>
        <translation>&amp;Öva</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Frågor</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
</context>
</TS>
