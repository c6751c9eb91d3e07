import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;
import java.util.HashMap;
import java.util.Map;

/**
 * HeidelTime on many documents in one JVM, for bench/heideltime.py: HeidelTime's own command line starts a JVM
 * and UIMA for every file (about 4 s each). Reads lines "type TAB dct-or-empty TAB input TAB output", writes
 * each document's TimeML to its output file and answers "@@done" or "@@error message" on a line of its own.
 */
public class HeidelTimeBatch {
    public static void main(String[] args) throws Exception {
        String config = args[0];
        Map<String, HeidelTimeStandalone> taggers = new HashMap<>();
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        String line;
        while ((line = in.readLine()) != null) {
            String[] job = line.split("\t", -1);
            try {
                HeidelTimeStandalone tagger = taggers.computeIfAbsent(job[0], type -> new HeidelTimeStandalone(
                        Language.ENGLISH, DocumentType.valueOf(type.toUpperCase()), OutputType.TIMEML, config,
                        POSTagger.TREETAGGER));
                String text = new String(Files.readAllBytes(Paths.get(job[2])), StandardCharsets.UTF_8);
                String timeml = job[1].isEmpty() ? tagger.process(text) : tagger.process(text, day.parse(job[1]));
                Files.write(Paths.get(job[3]), timeml.getBytes(StandardCharsets.UTF_8));
                out.println("@@done");
            } catch (Exception e) {
                out.println("@@error " + e.toString().replace('\n', ' '));
            }
        }
    }
}
