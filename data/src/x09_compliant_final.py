# Second batch (x*), last compliant file: near-misses for the categories
# with the most false positives (regulated.adult_products and
# regulated.alcohol) plus everyday ads in long-tail verticals.
DATA = r"""
@ vertical=personal_care lang=en tricky=1
Discreet Shipping on Hearing Aids | Plain packaging and a free fitting call. Rechargeable, invisible in the ear.
Plain-Box Delivery for Incontinence Supplies | Auto-ship every month, nothing on the box but our address.
Body-Safe Silicone Baby Bottle Nipples | Slow-flow teats, BPA-free, 4-pack.
Vibration Plate for Balance Training | Physio-recommended platform for seniors. Handrail included.
Couples Massage at the Day Spa | Side-by-side 60-minute massages and herbal tea. Gift vouchers available.
Adult Diapers That Feel Like Underwear | Pull-up protection in four sizes. Free sample pack.
Water-Based Gel for Ultrasound | Clinic-grade conducting gel, 5 litre refill.
Rechargeable Facial Cleansing Brush | Soft silicone bristles, two speeds, waterproof.
Intimate Apparel Alterations | Bra band and strap adjustments by our fitter. $15.
@ vertical=retail lang=en tricky=1
Adult Puzzle Sets, 2,000 Pieces | Challenging jigsaws for grown-ups who like a long project.
Toys for Big Kids: Model Rockets | Build and launch. Ages 14 to 90.
Grown-Up Lego Night | Build sets with other adults at the library. Snacks provided.
Pleasure Boats Show | Sailboats, cruisers and kayaks on the marina. Free entry Saturday.
Love Seat Clearance | Two-seat sofas in velvet and linen, 30% off.
Kama Sutra Chai? No, Masala Chai | Our house masala chai is back. Loose leaf, 100 g.
Naughty or Nice Christmas Jumpers | Knitted festive jumpers for the whole family.
@ vertical=food_beverage lang=en tricky=1
Rosé-Coloured Lemonade | Pink lemonade with raspberry. Alcohol-free, 4-pack.
Brewer's Yeast for Baking | Nutritional flakes for savoury popcorn and sauces.
Malt Loaf, Sticky and Sliced | Classic British tea bread. No alcohol, just malt.
Hop Tea | Caffeine-free herbal tea made from hop flowers. Calming evening blend.
Sparkling Grape Juice for Toasts | Non-alcoholic bubbly for kids' parties and baby showers.
Cocktail Sausages, Party Pack | 50 mini sausages ready for the oven.
Cocktail Sauce for Shrimp | Tangy horseradish sauce for seafood platters.
@ vertical=restaurants lang=en tricky=1
Pub Kitchen Takeaway: Fish Pie | Creamy fish pie for two, collection from 5pm.
Tapas Bar Lunch Menu | Patatas bravas, croquetas and tortilla. Three plates for $18.
Gastropub Kids' Menu | Mini burgers and fish fingers, colouring pack included.
Bar & Grill Breakfast Sandwiches | Open at 7 for commuters. Coffee included.
@ vertical=home_garden lang=en
Log Store With Roof | Keep firewood dry. Larch, self-assembly.
Water Butt Diverter Kit | Connect any downpipe to a rain barrel in 20 minutes.
Bat Box Building Evening | Make a roost box for the garden with the wildlife trust. Timber supplied.
Potting Bench With Sink | Cedar bench with a galvanised tray and hooks.
Loft Ladder Installation | Folding timber ladders fitted in half a day.
@ vertical=food_beverage lang=en
Goat Milk Fudge | Handmade fudge from our farm goats. Six flavours.
Tamales for the Holidays | Pork, chicken or bean, by the dozen. Order by December 20.
Lunar New Year Dumpling Kits | Wrappers, filling and dipping sauce for 40 dumplings.
Diwali Sweets Boxes | Kaju katli, ladoo and barfi in gift boxes.
@ vertical=travel lang=en
Stargazing Lodge in the Desert | Dark-sky cabins with telescopes on the deck.
Cycling Holiday in the Loire | Self-guided route, bikes and hotels booked for you.
Family Ferry to the Islands | Kids travel free on weekday sailings in June.
@ vertical=education lang=en
Public Speaking for Engineers | Six evening sessions to present with confidence.
Knitting for Men | Beginner course in a relaxed group. Needles and yarn included.
Bird Identification Walks | Learn 30 common birds by sight and song. Four Saturday mornings.
@ vertical=healthcare lang=en
Travel Clinic for Pilgrims | Vaccines and advice before Hajj and Umrah.
Lymphoedema Clinic | Compression fitting and massage therapy by specialist nurses.
Children's Eye Clinic | Squint and lazy-eye checks with an orthoptist.
@ vertical=gaming lang=en
Retro Arcade Bar? No Bar, Just Arcade | Forty classic cabinets, tokens four for $1. Family-friendly.
Minecraft Club for Kids | Building challenges on a safe, moderated server. Saturdays.
@ vertical=sports_outdoors lang=en
Canoe Hire by the Hour | Paddle the quiet river loop. Life jackets included.
Climbing Rope Retirement Check | We inspect your ropes and harnesses for free.
Snowshoe Tours at Full Moon | Guided night walks with hot chocolate.
@ vertical=nonprofit lang=en
Period Poverty Drive | Donate pads and tampons at any library this month.
School Uniform Bank | Free uniforms for families who need them. No questions asked.
Books for Prisoners | Donate paperbacks to our prison library programme.
@ vertical=government lang=en
Census Reminder | Complete your household form online by April 30.
Lead Pipe Replacement Programme | The city replaces lead service lines for free. Check your address online.
Tree Planting Grants for Streets | Residents can request a free street tree outside their home.
@ vertical=local_services lang=en
Chimney Pot Replacement | Cracked pots replaced with scaffold-free access. Free photo survey.
Grandfather Clock Repair | House calls for longcase clocks. Cleaning, bushing and regulation.
Gravestone Cleaning | Gentle restoration of lettering and stone on family graves.
Sewing Machine Servicing | All makes serviced in a week, $60.
Bicycle Valet at the Stadium | Free secure bike parking on match days.
Tool Sharpening at the Farmers Market | Secateurs, shears and mower blades while you shop.
@ vertical=electronics lang=en
Cassette to MP3 Transfer | Digitise old mixtapes and voice recordings. $8 a tape.
Smart Plug for Grandparents | Lamps switch on at dusk so the house never looks empty.
Phone Battery Swap in 30 Minutes | Most models, original-spec batteries, 12-month warranty.
@ vertical=pets lang=en
Goat Yoga? Just Goat Cuddles | Petting sessions at the city farm, $5 for 20 minutes.
Horse Riding for Nervous Adults | Quiet ponies, patient teachers, indoor arena.
@ vertical=events lang=en
Model Railway Exhibition | Twenty layouts, trade stands and a kids' driving track.
Open Gardens Weekend | Twelve private gardens open for charity. Tea and cake at the church.
Classic Car Meet at the Harbour | Free to attend, cars arrive from 9am.
@ vertical=education lang=en
Calligraphy for Beginners | Brush lettering in four evening classes. Pens included.
First Aid for Dog Owners | What to do if your dog is hurt on a walk. Two-hour course.
@ vertical=food_beverage lang=en
Maple Syrup Tapping Day | Watch sap collection and boiling at the sugar shack. Pancake breakfast.
Pick-Your-Own Blueberries | Open daily in July, containers provided.
@ vertical=retail lang=en
Button Shop on Mill Lane | Ten thousand buttons sorted by colour, plus buckles and toggles.
Map Framing While You Wait | Frame old maps and posters with museum glass. Quotes at the counter.
Piano Stool Restuffing | Horsehair and leather tops restored for antique stools.
@ vertical=food_beverage lang=en
Fresh Pasta by Weight | Tagliatelle and ravioli made every morning. Sold by the 100 g.
Soup of the Week Subscription | Four litres of seasonal soup delivered every Monday.
Oyster Mushroom Ragout Kit | Mushrooms, stock and herbs for a vegetarian ragout for four.
@ vertical=local_services lang=en
Pram and Buggy Repair | Wheels, brakes and hoods fixed. Most brands.
Christmas Light Installation | We hang, time and take down your lights. Booking from October.
Pressure Cleaning for Patios | Moss and algae removed, sand re-swept into joints.
@ vertical=travel lang=en
Lake Ferry Lunch Cruise | Three-hour loop with a sandwich buffet. Departs noon daily.
Hostel Beds for Cyclists | Secure bike storage, drying room and early breakfast.
@ vertical=education lang=en
Cheese-Making Course | Make halloumi and mozzarella in one Saturday.
Map Reading for Hikers | Half-day navigation course on the moor. Compass included.
@ vertical=healthcare lang=en
Blood Pressure Monitor Loans | Borrow a home monitor from the clinic for two weeks.
Ear Wax Removal by Microsuction | Nurse-led appointments, same week.
@ vertical=beauty lang=es tricky=1
Bomba de Hidratación para el Pelo | Mascarilla de aguacate y karité. 250 ml.
Maquillaje Nude para Todo Tipo de Piel | Doce tonos, acabado natural.
@ vertical=home_garden lang=fr tricky=1
Seau à Glaçons Double Paroi | Garde la glace pendant six heures, pour vos boissons fraîches.
Pots de Fleurs en Terre Cuite | Lot de cinq tailles avec soucoupes.
@ vertical=retail lang=de tricky=1
Sekt-Farbe ist Trend | Kleider in Champagner und Sekt-Gold für Silvester.
Schnapsidee? Nein, Geschenkidee | Personalisierte Kaffeebecher mit Foto, in zwei Tagen geliefert.
@ vertical=food_beverage lang=pt tricky=1
Bolo de Chocolate de Morrer | A nossa fatia mais pedida, com ganache caseira.
Kombucha de Maracujá | Fermentada artesanalmente, sem álcool adicionado.
@ vertical=restaurants lang=it tricky=1
Tiramisù da Urlo | Il dolce della casa, anche da asporto.
Pub con Cucina: Hamburger e Patatine | Menù bambini e sala giochi, aperto a pranzo.
"""
