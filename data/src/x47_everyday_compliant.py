# Sixth batch (everyday compliant ads): hand-written, ordinary advertising copy from the verticals that make up
# most real ad traffic (fashion, groceries, restaurants, travel, home services, software, education, jobs,
# fitness, pets, entertainment, local councils, charities, B2B, energy and more), in English plus Spanish,
# French, German, Italian and Portuguese, across search ads, social posts, display banners, marketplace listings,
# app-store blurbs, SMS promos, newsletter copy, job posts and event listings. Every ad is compliant, so the text
# policy models learn to approve normal commercial language, honest urgency, prices and superlatives.
DATA = r"""
@ vertical=retail_fashion
Linen Shirts for Warm Days | Breathable, relaxed-fit linen in 9 colours. Free returns within 30 days. Shop the summer edit.
END OF SEASON SALE UP TO 50% OFF |
New in: the everyday trench ☔ | Water-resistant, machine washable, and it goes with everything. Sizes XS–XXL. #newin #outerwear
Women's Wide-Leg Trousers - Official Store | High-rise stretch cotton in 3 leg lengths. Free UK delivery over £40. Order by 8pm for next-day.
Vintage Levi's 501, W32 L32, good condition | Light wash, small fade at the knee, no rips. Collection from Leeds or £4 postage.
Our knitwear is made to last, not to be replaced | Every jumper in the Ardmore range is knitted from undyed British wool at a family mill in the Borders. We publish the cost breakdown of each piece on our site, down to the buttons. This autumn three new colourways join the range, and repairs stay free for life.
MEN'S SUITS FROM $199 |
Plus-size activewear that actually fits | Squat-proof leggings in sizes 14–32, tested by real customers. Free exchanges. 💪

@ vertical=shoes
Running Shoes - Free Gait Analysis | Visit our Brighton store for a free 10-minute gait check and find the right pair. Brooks, ASICS, Hoka and more.
STEP INTO SPRING — SNEAKERS 30% OFF |
Handmade leather boots you can resole for years | Goodyear-welted in Northampton. Sizes 6–13, half sizes available. Free exchange on your first order.
Kids' shoe fitting, no appointment needed 👟 | Measured by trained fitters, width fittings from E to H. Pop in any day this half term.
Nike Air Max 90, UK 9, worn twice | Original box, receipt available. £70 or nearest offer. Collection only, Bristol.

@ vertical=groceries
Fresh Groceries Delivered Today | Order by 2pm for same-day delivery in Manchester. Over 10,000 products and free delivery on your first order.
STRAWBERRIES 2 FOR £3 |
Weekly specials are here 🥑🍋 | Avocados 4 for $3, lemons 69¢ each, whole chickens $1.99/lb. Valid Wed–Tue while stocks last. #freshdeals
FreshMart: 25% off all cheese this week | Show this text at the till or use code CHEESE25 in the app. Reply STOP to opt out.
Organic veg box from £14.50 | Seasonal vegetables from farms within 50 miles of your door. Skip a week or cancel anytime.
Farmers market every Saturday | Bread, cheese, honey, eggs and seasonal produce from 40 local stalls. 8am–1pm, Market Square. Dogs welcome.

@ vertical=meal_kits
Dinner Sorted in 20 Minutes | Recipe boxes with pre-portioned ingredients and step-by-step cards. 50% off your first box. Skip or pause anytime.
60% OFF YOUR FIRST BOX |
Tonight's menu: Thai green curry 🍛 | Fresh ingredients, one pan, 25 minutes. Choose from 30 new recipes every week. #mealkit #weeknightdinners

@ vertical=restaurants
Best Pizza in Brooklyn - Order Online | Wood-fired Neapolitan pizza, fresh mozzarella and dough proofed for 48 hours. Delivery and pickup until 11pm.
Sunday roast is back 🍗 | Slow-roast chicken or beef, crispy potatoes, seasonal veg and proper gravy. Book your table for this weekend.
KIDS EAT FREE EVERY TUESDAY |
New Menu at Casa Lupe | Slow-cooked carnitas, handmade tortillas and guacamole made to order. Walk-ins welcome, patio now open.
Ramen bar opening this Friday! | The first 50 guests get a free bowl 🍜 Find us at 12 Mill Street, doors open 11:30am.
Family-run Indian restaurant, est. 1987 | Tandoori, biryani and vegetarian thalis. 10% off takeaway when you collect. Call 020 7946 0321.
Book your Christmas party with us | Set menus from £29 per head and a private room for up to 40 guests. Vegan and gluten-free options available.

@ vertical=cafes
Coffee & Pastries Near You | Specialty coffee roasted in-house and croissants baked fresh each morning. Open 7am daily.
Your 10th coffee is on us ☕ | Download the app, collect stamps and skip the queue with order-ahead.
PUMPKIN SPICE IS BACK |
Bean There Café: free pastry before 9am | With any large drink, Mon–Fri this week. Show this message at the counter. Reply STOP to opt out.

@ vertical=bakeries
Custom Birthday Cakes - Order Online | Choose your sponge, filling and design. Ready in 48 hours for collection or local delivery.
Sourdough out of the oven at 8am 🥖 | Our bakers start at 4 so you don't have to. Come early, the seeded loaf is usually gone by 10. #sourdough #localbakery
FRESH BAGELS 6 FOR $7 |

@ vertical=travel
Cheap Flights to Lisbon | Compare fares from 600 airlines. Flexible dates and no hidden booking fees. Book your summer trip today.
CITY BREAKS FROM £99 |
Hidden gems of the Amalfi Coast 🌊 | 7-night small-group tour with a local guide, a boat day and a cooking class included. Max 14 travellers. Limited spots for September.
Last chance: early-bird ski deals end Sunday | Save up to 25% on chalet holidays in the French Alps for January departures. Lift pass packages available.
Family camping in the Lake District | Pitches with electric hook-up, heated showers and a play area. From £28 a night. Dogs welcome.
Explore Iceland by campervan | 4x4 campers with kitchen, bedding and unlimited mileage. Pick up in Reykjavík. Free cancellation up to 30 days before.

@ vertical=hotels
Hotels in Barcelona - Free Cancellation | Compare prices on 2,000+ hotels. Pay at the property on most bookings.
STAY 3 NIGHTS, PAY FOR 2 |
Boutique hotel in the heart of Edinburgh | 24 rooms, Scottish breakfast included, 5 minutes' walk from Waverley Station. Book direct for our best rate.
Rated 9.4 by our guests ⭐ | Sea-view rooms, a rooftop terrace and free parking. Family rooms sleep up to 4.
Spa break for two from £189 | Overnight stay, breakfast, full use of the pool and thermal suite, plus a 25-minute treatment each.

@ vertical=car_rental
Car Hire at Málaga Airport | Free cancellation, no hidden fees and a full-to-full fuel policy. Compare the top rental brands.
RENT A VAN FROM $29/DAY |
Weekend car rental special 🚗 | Pick up Friday, return Monday, pay for 2 days. Unlimited miles on compact and midsize cars.

@ vertical=automotive
MOT & Service from £89 | Book online in 60 seconds. Free collection and delivery within 5 miles. DVSA-approved test centre.
Brake Repair Near Me | Same-day brake pads and discs fitted by certified mechanics. Written quote before any work starts.
FREE WINTER TYRE CHECK |
2019 Toyota Corolla Hybrid, 42k miles | One owner, full service history, new tyres. $16,900. Test drives Saturday, call or message.
Car wash & valet 🧽 | Hand wash £10, full valet from £45. No appointment needed, open 7 days. #carcare
Windscreen chip? We'll fix it today | Mobile repair at your home or workplace. Most chips are done in 30 minutes.

@ vertical=removals
Man and Van from £35/hour | Two-person crews for flats and houses. Blankets, straps and trolleys included.
LOCAL MOVERS – FREE QUOTE |
Moving abroad? We ship door to door | Full packing service, customs paperwork handled, and weekly groupage to Spain, France and Portugal. Book a free survey.

@ vertical=cleaning
House Cleaning Services | Vetted, background-checked cleaners. Weekly, fortnightly or one-off. Book online in 60 seconds.
End of tenancy cleaning 🧼 | Ovens, carpets, windows and appliances included, following an agent-approved checklist.
CARPET CLEANING 3 ROOMS $99 |
SparkleHome: 15% off spring deep cleans | Book before 31 March with code SPRING15. Reply STOP to opt out.

@ vertical=plumbing
Emergency Plumber 24/7 | Burst pipes, leaks and blocked drains. Local engineers, no call-out fee. Call now: 0800 123 4567.
BOILER SERVICE £69 |
Dripping tap keeping you up at night? 💧 | Fixed-price plumbing repairs from £65, parts included for most jobs. Gas Safe registered.

@ vertical=electricians
Licensed Electrician - Same Day Service | Outlets, lighting, panel upgrades and EV chargers. Upfront pricing, licensed and bonded.
EV CHARGER FITTED FROM £799 |
Electrical safety certificates for landlords | EICR inspections from £120 with your report within 24 hours. NICEIC approved.
New lights, new look ✨ | Swap old fittings for LED downlights and smart switches. Free quote, tidy work, no mess left behind.

@ vertical=gardening
Garden Maintenance in Surrey | Lawn mowing, hedge trimming and seasonal tidy-ups. Regular visits from £30.
SPRING BULBS BUY 3 GET 1 FREE |
It's tomato planting time 🍅 | Grafted plants, compost and grow bags all in stock at the garden centre this weekend. Free growing guide with every purchase. #growyourown
Landscaping & patio design | Porcelain patios, raised beds and garden lighting with a 10-year workmanship warranty. Free design consultation.

@ vertical=furniture
Sofas in 2 Weeks, Not 12 | Choose from 40 fabrics and 3 seat depths. Free delivery and a 100-night trial.
FURNITURE CLEARANCE – UP TO 60% OFF |
Solid oak dining table, seats 6 | 180 x 90 cm, light marks on the top, otherwise excellent. £220. Must collect, Cambridge.
Mattress sale ends Sunday | Up to 40% off memory foam and hybrid mattresses. Free delivery and old mattress removal.
Handcrafted furniture from reclaimed timber | Each piece is built to order in our Devon workshop from boards salvaged from old barns and chapels. Lead times are currently six weeks. Visit the showroom on Saturdays or request a free sample pack online.

@ vertical=diy
Power Tools - Trade Prices | Drills, saws and sanders from leading brands. Click & collect in 1 hour at 300 stores.
PAINT 2 FOR £40 |
Weekend project: build a raised bed 🔨 | Watch our 5-minute how-to, then grab timber, screws and soil in one trip. #DIY #gardenproject
Free DIY workshop: tiling basics | Saturday 10am in store. Learn cutting, spacing and grouting from our team. Booking required, 12 places only.

@ vertical=electronics
4K TVs - Free Next Day Delivery | 55" to 85" screens from top brands. Price match promise. Order by 10pm.
HEADPHONES UP TO 40% OFF |
The laptop for students 💻 | 14-hour battery, 1.2 kg, and enough power for every assignment. Student discount applied at checkout.
iPhone 13, 128GB, unlocked, excellent condition | Battery health 89%, always kept in a case, no scratches. Comes with charger. $380, local pickup.
Recycle your old phone | Instant online valuation, a free postage pack and payment within 2 days of receipt.
Smart home starter kit 🏠 | Smart speaker, 2 bulbs and a plug for $79. Set up in minutes with the app.

@ vertical=telecom
SIM Only Deals from £8 | 30GB of 5G data with unlimited calls and texts. 30-day rolling plan, cancel anytime.
UNLIMITED DATA $25/MO |
Switch your number in 2 minutes 📱 | Keep your number, get a free SIM by post, and join the network rated top for customer service.
Family plan: 4 lines for $100/month | Unlimited talk, text and data with hotspot included. Shop online or in store.

@ vertical=internet
Full Fibre Broadband - 900Mb | Check availability in your postcode. Free installation and no price rises mid-contract.
FASTER WIFI FROM £22/MONTH |
Working from home? Get a connection that keeps up | Symmetric gigabit speeds, UK-based support and a router that covers the whole house.

@ vertical=saas
Project Management Software | Plan, track and ship work in one place. Free for teams up to 10. Start in minutes.
Invoicing software for freelancers | Send professional invoices and automatic reminders to late clients. Try free for 30 days.
TRY IT FREE FOR 14 DAYS |
Stop losing customer emails in shared inboxes | Helpdesk software with ticket assignment, saved replies and SLA alerts. Set up in an afternoon.
The CRM small teams actually use 🚀 | Drag-and-drop pipeline, email sync and reminders that keep deals moving. #smallbusiness #CRM
Scheduling App - Book Appointments Online | Let clients book and reschedule 24/7. Syncs with Google Calendar and Outlook.
Password manager for families | Store, share and autofill passwords securely across all your devices. Up to 6 users on one plan.

@ vertical=mobile_apps
Learn to draw on your tablet ✏️ | Bite-sized lessons, from first sketch to finished illustration. 4.8 stars on the App Store. Download free.
Habit tracker that keeps it simple | Set a goal, tick it off, watch your streak grow. No ads, no clutter. Available on iOS and Android.
Plan your week in 5 minutes | The calendar app that turns your to-do list into a realistic schedule. Free download, optional Pro plan.
Find parking before you arrive 🅿️ | See live spaces, compare prices and pay from your phone in 300+ cities.
Cook with what's in your fridge | Enter 3 ingredients and get dinner ideas in seconds. Over 50,000 tested recipes.

@ vertical=online_courses
Learn Python Online | Beginner-friendly course with hands-on projects and a certificate of completion. Start your free trial.
NEW COURSES FROM $12.99 |
Photography for beginners, 6-week online course 📷 | Weekly live sessions, feedback on your photos and lifetime access to recordings. Next cohort starts 4 May.
UX design certificate programme | 20 weeks part-time, with a mentor and real portfolio projects. Applications close 15 June.
Learn guitar with short daily lessons 🎸 | Songs you know, chords at your pace and feedback on your playing. First month free.

@ vertical=language_schools
Learn Spanish in Madrid | Intensive 20-hour weeks, small classes of max 8, homestays available. Courses start every Monday.
Conversational English online, 1:1 with native tutors | Flexible 30-minute lessons, book any time. Your first lesson is free.
Evening Italian classes for beginners 🇮🇹 | 10 weeks, Tuesdays 7–9pm, central Bristol. Learn to order, chat and travel with confidence.
LEARN JAPANESE – SPRING TERM ENROLLING |

@ vertical=tutoring
Maths tutor for GCSE and A-level | Qualified teacher with 12 years' experience. In person in Reading or online. First session half price.
Homework help for grades 3–8 | Small-group tutoring in reading, writing and math. After school, Mon–Thu. Free assessment.
Piano lessons for all ages 🎹 | Beginners welcome. Home visits in north London or lessons at my studio. DBS checked.

@ vertical=education
Open Day - Saturday 12 October | Tour the campus, meet lecturers and explore 200+ undergraduate courses. Register now.
Master's in Data Science - Part-Time | Study evenings and weekends. Apply by 30 June for September entry. Scholarships available.
Still deciding? Clearing places available 🎓 | Call our hotline or apply online. Courses in nursing, engineering, business and more.
STUDY IN THE NETHERLANDS – APPLY NOW |

@ vertical=jobs_recruiting
Warehouse Operatives Wanted - Immediate Start | Day and night shifts in Northampton. £12.50/hour, weekly pay, free parking. Apply online in 5 minutes.
We're hiring: Junior Software Developer | Hybrid, London. TypeScript, React, Node. £35–42k plus 25 days' holiday. Apply by 20 May.
DELIVERY DRIVERS NEEDED |
Join our kitchen team 👩‍🍳 | Line cooks and prep cooks, full and part time. Staff meals, flexible rota and paid training. Walk-in interviews Thursdays 2–4pm.
Find your next job in healthcare | Thousands of nursing, care and admin roles updated daily. Create your profile and get matched.
Recruitment specialists for engineers | We place mechanical, electrical and civil engineers with firms across the Midlands. Send your CV for a confidential chat.

@ vertical=fitness
Gym Membership - No Joining Fee | 24/7 access, 150+ classes a week and free parking. Join online today.
FIRST MONTH £1 |
New to yoga? Start here 🧘 | Beginner series every Sunday at 10am. Mats provided, all bodies welcome. #yoga #beginners
Reformer Pilates in Clapham | Small classes of 8, all levels, first class £12. Book in the app.

@ vertical=physiotherapy
Physiotherapy Clinic - Book Online | Chartered physiotherapists for back, neck and sports injuries. Appointments within 48 hours.
Sports massage £45 for 45 minutes | Evening and weekend appointments at our Leeds clinic. Book online.
Running club members: 10% off physio assessments | Show your club card at reception. Every assessment includes a personalised exercise plan.

@ vertical=dentists
Dentist Accepting New Patients | Check-ups, hygienist appointments and family dentistry. Evening appointments available.
TEETH WHITENING CONSULTATION £25 |
Nervous about the dentist? 😬 | Our team takes time to explain each step, and you can pause whenever you like. Book a relaxed first visit.

@ vertical=opticians
Eye Test + Frames from £49 | Full eye test by qualified optometrists and over 500 frames to choose from. Book online.
SECOND PAIR FREE |
Contact lenses delivered every month | Daily, monthly and toric lenses from trusted brands, with reminders when your check-up is due.

@ vertical=pets
Premium Dog Food Delivered | Grain-free recipes made with real meat. Subscribe and save 15%, free delivery on your first order.
PET SUPPLIES – 20% OFF THIS WEEKEND |
Meet Biscuit 🐶 | This 2-year-old terrier loves walks, cuddles and squeaky toys. Adopt from our rescue centre, open Saturdays. #adoptdontshop
Vet clinic in Hove, new clients welcome | Health checks, neutering, dental care and nurse clinics. Late appointments Tuesday and Thursday.
Dog walking & pet sitting | DBS-checked walkers. Group walks £12, solo walks £16. Covering Didsbury and Chorlton.
Cat scratching post, 90cm, barely used | Grey sisal, sturdy base. £15, pick up from Norwich.

@ vertical=toys
LEGO Sets - Up to 30% Off | Shop Star Wars, City and Technic. Free delivery over £50.
TOYS FOR EVERY AGE – BUY 2 GET 1 FREE |
Wooden toys made to be passed down 🧸 | Sustainably sourced beech and water-based paints, tested to EN71. Gift wrapping available.

@ vertical=books
Bestselling Books - Free Delivery | Fiction, non-fiction and children's books. Order today, get it tomorrow.
3 FOR 2 ON PAPERBACKS |
Meet the author: evening talk and signing | Thursday at 7pm at Page & Quill Bookshop. Free entry, tickets required.
Monthly book subscription for kids 📚 | Age-matched picture books and chapter books delivered to your door. Skip or cancel anytime.

@ vertical=streaming
Stream Thousands of Movies | New releases every week. Watch on TV, phone or laptop. Start your 7-day free trial.
3 MONTHS OF MUSIC FREE |
Ad-free podcasts and audiobooks 🎧 | Listen offline, sync across devices and pick up where you left off. Try free for 30 days.
New series: Life on the Reef | A 4-part documentary filmed over three years on the world's largest coral reefs. Watch episode one free.

@ vertical=cinema_theatre
Now Showing at Riverside Cinema | Book online for reserved seats, plus £5 saver tickets every Tuesday.
The Nutcracker - Limited Season | Royal Court Theatre, 5–30 December. Family tickets available, book early for the best seats.
STUDENT NIGHT – ALL TICKETS £6 |
Open-air Shakespeare this summer 🎭 | A Midsummer Night's Dream in the castle gardens. Bring a blanket and a picnic. Gates open 6pm.

@ vertical=concerts
Live at the Arena: Tickets on Sale Friday | Presale for newsletter subscribers starts Wednesday at 10am. Official tickets only.
Jazz in the Park, free summer concerts 🎷 | Every Sunday in July, 3–6pm. Family-friendly, with food trucks on site.
ORCHESTRA SEASON TICKETS ON SALE |

@ vertical=museums
Dinosaurs Return to the Natural History Museum | New exhibition opens 1 March. Book timed tickets, under-5s go free.
Late opening every Friday until 9pm 🖼️ | Explore the galleries after hours with live music and curator talks. Free entry.
FREE ENTRY THIS WEEKEND |

@ vertical=local_government
Garden waste collection 2025: sign up now | Fortnightly collections from March to November, £45 per bin. Register online by 28 February.
New bin collection days from 6 January | Check your new day by entering your postcode on the council website.
Library cards are free ✨ | Borrow books, e-books and audiobooks, use free Wi-Fi and join the children's reading club. Join at any branch.
Have your say on the new cycle lanes | Public consultation open until 30 April. Read the plans and complete the short survey online.

@ vertical=nonprofit
Give Blood - Book Your Appointment | One donation can help up to three people. Find a session near you and book online.
Volunteer at our food bank | Two hours a week makes a real difference. Sorting, packing and welcoming visitors. Sign up for an induction.
Sponsor a guide dog puppy 🐕 | From £2 a week, follow a puppy's journey from training to qualified guide dog.
Charity fun run: sign up now | 5k or 10k around the lake on Sunday 14 September. All proceeds go to the local children's hospice.
BLOOD DONORS NEEDED THIS WEEK |

@ vertical=weddings
Wedding Venue in the Cotswolds | Barn ceremonies for up to 150 guests, exclusive use and on-site catering. Book a viewing.
Wedding dress sample sale 👰 | Designer gowns from £300. By appointment only, 2–3 March.
Wedding fair this Sunday | Meet 60 local suppliers: florists, cake makers, photographers and bands. Free entry, 11am–4pm.

@ vertical=photography
Family photoshoots outdoors | 1-hour session, 30 edited images and an online gallery within 2 weeks. Autumn dates available.
Professional headshots in 20 minutes | Studio in central Leeds, ideal for LinkedIn and company websites. £95 including 3 retouched images.
NEWBORN PHOTOGRAPHY – NOW BOOKING |

@ vertical=printing
Business Cards from $9.99 | Premium paper, fast turnaround and free design templates. Order online.
Custom T-shirt printing, no minimum order 👕 | Upload your design, choose colours and get it in 5 days. Bulk discounts for teams and events.
Flyers, posters and banners printed next day | Order by 3pm. Free proof before print.

@ vertical=b2b_services
Bookkeeping for Small Businesses | Monthly bookkeeping and VAT returns from £95/month. Xero and QuickBooks certified.
IT support for offices of 5 to 50 | Fixed monthly fee, helpdesk response within 1 hour and on-site visits when needed. Free network audit.
Coffee machines for the workplace | Bean-to-cup machines with installation, servicing and bean deliveries included. Free 2-week trial.
Translation services in 50 languages | Certified translators for legal, technical and marketing documents. Quote within 1 hour.

@ vertical=logistics
Same-day courier across London | Documents and parcels collected within 60 minutes. Live tracking and proof of delivery.
Warehousing & fulfilment for e-commerce | We store, pick, pack and ship your orders. Integrates with Shopify and Amazon. Get a quote.

@ vertical=solar
Solar Panels for Your Home | Free home survey and quote from MCS-certified installers. 25-year panel warranty.
Go solar this summer ☀️ | Panels and battery storage designed for your roof and installed in a day. Book a free survey. #solar
SOLAR INSTALLATION – FREE QUOTE |

@ vertical=energy
Compare Energy Tariffs | Switch supplier in 5 minutes. We handle the switch and your supply isn't interrupted.
100% renewable electricity for your home | Electricity matched with wind and solar from UK generators. Smart meter installation included.

@ vertical=real_estate
2-Bed Flats for Rent in Leeds City Centre | Furnished and unfurnished options, bills-inclusive available. Book a viewing online.
OPEN HOUSE SATURDAY 11–1 |
Thinking of selling? Get a free valuation | Local agents who know your street. Online listing, professional photos and accompanied viewings included.

@ vertical=events
Christmas market opens 29 November 🎄 | 80 wooden chalets, handmade gifts, hot food and a carousel. Free entry every day until 23 December.

@ vertical=retail_fashion lang=es
Rebajas de verano hasta -50% | Vestidos, camisetas y sandalias con envío gratis a partir de 30 €. Devoluciones gratuitas en 30 días.
NUEVA COLECCIÓN OTOÑO |
Zapatos Lola: -20% en toda la tienda este sábado | Presenta este SMS en caja. Responde BAJA para no recibir más mensajes.

@ vertical=groceries lang=es
Tu compra a domicilio en 2 horas | Frutas, verduras y productos frescos al mismo precio que en tienda. Primer envío gratis.
2x1 en aceite de oliva virgen extra | Solo este fin de semana en todas nuestras tiendas. Hasta agotar existencias.

@ vertical=restaurants lang=es
Menú del día por 12,90 € | Primero, segundo, postre y pan. De lunes a viernes, de 13:00 a 16:00. Reserva tu mesa.
¡Las mejores tapas del barrio! 🍤 | Croquetas caseras, tortilla jugosa y pulpo a la gallega. Ven a probarlas esta semana. #tapas #Madrid

@ vertical=travel lang=es
Vuelos baratos a Canarias | Compara precios de más de 500 aerolíneas y reserva sin comisiones ocultas.
ESCAPADAS DESDE 79 € |

@ vertical=home_services lang=es
Fontanero urgente 24 horas | Reparación de fugas, atascos y calentadores. Presupuesto sin compromiso. Llámanos ahora.

@ vertical=education lang=es
Aprende inglés online con profesores nativos | Clases de 25 minutos a tu ritmo. La primera clase es gratis.

@ vertical=jobs_recruiting lang=es
Se busca dependiente/a para tienda de deportes | Jornada completa con horario rotativo. Incorporación inmediata en Valencia. Envía tu CV.

@ vertical=telecom lang=es
Fibra 600 Mb + móvil por 29,90 €/mes | Sin permanencia. Instalación gratuita en 48 horas.

@ vertical=fitness lang=es
Tu primer mes en el gimnasio por 1 € | Más de 100 clases semanales y acceso 24 horas. Apúntate online.

@ vertical=pets lang=es
Pienso natural para perros con envío gratis 🐾 | Recetas con carne fresca y sin colorantes. Suscríbete y ahorra un 10 %.

@ vertical=events lang=es
Feria del Libro de Sevilla | Del 2 al 12 de mayo en la Plaza Nueva. Firmas de autores, talleres infantiles y entrada libre.

@ vertical=retail_fashion lang=fr
Soldes d'été : jusqu'à -50 % | Robes, chemises et sandales. Livraison offerte dès 49 €, retours gratuits sous 30 jours.
NOUVELLE COLLECTION PRINTEMPS |
Maison Léa : -30 % sur les pulls ce week-end | Présentez ce SMS en boutique. STOP au 36111.

@ vertical=groceries lang=fr
Vos courses livrées chez vous | Commandez avant 14 h pour une livraison le jour même à Lyon. Première livraison offerte.

@ vertical=bakeries lang=fr
Boulangerie artisanale depuis 1962 🥐 | Baguette tradition, viennoiseries pur beurre et pain au levain. Ouvert 7j/7 dès 6 h 30.

@ vertical=restaurants lang=fr
Le couscous du quartier, fait maison | Plats mijotés, terrasse ombragée et vente à emporter. Réservation conseillée le week-end.

@ vertical=travel lang=fr
Week-end en Provence dès 129 € | Hôtel de charme, petit-déjeuner inclus et annulation gratuite.

@ vertical=home_services lang=fr
Électricien agréé à Bordeaux | Dépannage, mise aux normes et installation de bornes de recharge. Devis gratuit sous 24 h.

@ vertical=education lang=fr
Cours de français pour adultes | Petits groupes, tous niveaux, en soirée et le samedi. Inscriptions ouvertes pour la rentrée.

@ vertical=jobs_recruiting lang=fr
Nous recrutons : préparateurs de commandes H/F | CDI à temps plein près de Lille, formation en interne. Postulez en ligne.

@ vertical=telecom lang=fr
Forfait 5G 100 Go à 9,99 €/mois | Sans engagement, appels et SMS illimités. Carte SIM gratuite.

@ vertical=fitness lang=fr
SALLE DE SPORT – 1ER MOIS OFFERT |

@ vertical=pets lang=fr
Adoptez Moka 🐱 | Chatte de 3 ans, douce et câline, stérilisée et identifiée. Venez la rencontrer au refuge samedi. #adoption

@ vertical=museums lang=fr
Exposition Monet au musée des Beaux-Arts | Jusqu'au 15 septembre. Billets horodatés en ligne, gratuit pour les moins de 18 ans.

@ vertical=nonprofit lang=fr
Collecte de sang jeudi à la mairie | De 15 h à 19 h 30. Prenez rendez-vous en ligne, une collation vous attend après le don.

@ vertical=local_government lang=fr
Nouveaux horaires de la déchetterie | Ouverture le dimanche matin à partir du 1er avril. Plus d'infos sur le site de la ville.

@ vertical=retail_fashion lang=de
Sommerschlussverkauf: bis zu 50 % Rabatt | Kleider, Hemden und Sneaker. Kostenloser Versand ab 29 €, 30 Tage Rückgaberecht.
NEUE KOLLEKTION JETZT ONLINE |

@ vertical=groceries lang=de
Frische Lebensmittel nach Hause geliefert | Bestellen Sie bis 12 Uhr, Lieferung noch am selben Tag in Berlin und Hamburg.

@ vertical=meal_kits lang=de
Kochbox: 50 % Rabatt auf die erste Lieferung | Frische Zutaten, einfache Rezepte, jederzeit pausierbar.

@ vertical=bakeries lang=de
Bäckerei Hofmann – seit 1924 | Brötchen, Brezeln und Vollkornbrot, täglich frisch gebacken. Jetzt auch sonntags geöffnet.

@ vertical=travel lang=de
Städtereise nach Wien ab 149 € | 2 Nächte im 4-Sterne-Hotel inklusive Frühstück. Jetzt buchen.

@ vertical=removals lang=de
Umzugsfirma in München | Festpreis-Angebote, Möbelmontage und Verpackungsservice. Kostenlose Besichtigung.

@ vertical=home_services lang=de
Handwerker für Bad und Küche | Fliesen, Sanitär und Montage aus einer Hand. Termin innerhalb einer Woche.

@ vertical=internet lang=de
Glasfaser mit 1 Gbit/s | Jetzt Verfügbarkeit prüfen. Kostenloser Anschluss bei Bestellung bis 31. Mai.

@ vertical=language_schools lang=de
Deutschkurse in Kleingruppen | Intensivkurse von A1 bis C1, Start jeden Montag. Jetzt Einstufungstest machen.

@ vertical=jobs_recruiting lang=de
Wir suchen dich: Verkäufer (m/w/d) in Teilzeit | Flexible Arbeitszeiten, Mitarbeiterrabatt und ein tolles Team in Köln. Jetzt bewerben!

@ vertical=fitness lang=de
FITNESSSTUDIO OHNE AUFNAHMEGEBÜHR |

@ vertical=pets lang=de
Tierarztpraxis am Stadtpark | Vorsorge, Zahnpflege und Beratung für Hund, Katze und Kleintiere. Termine auch am Samstag.

@ vertical=events lang=de
Open-Air-Kino im Schlossgarten 🎬 | Jeden Freitag im August, Einlass 20 Uhr. Decke mitbringen! #sommerkino

@ vertical=solar lang=de
Photovoltaik für Ihr Eigenheim | Kostenlose Vor-Ort-Beratung und Planung durch zertifizierte Fachbetriebe.

@ vertical=local_government lang=de
Stadtbibliothek: Lesesommer für Kinder | Vom 1. Juli bis 31. August Bücher ausleihen, Stempel sammeln und eine Urkunde erhalten. Anmeldung kostenlos.

@ vertical=retail_fashion lang=it
Saldi estivi fino al 50% | Abiti, camicie e sandali. Spedizione gratuita da 39 €, reso facile entro 30 giorni.
NUOVI ARRIVI AUTUNNO |

@ vertical=groceries lang=it
La spesa a casa tua in giornata | Frutta, verdura e prodotti freschi dal supermercato sotto casa. Prima consegna gratuita.

@ vertical=restaurants lang=it
Pizzeria Da Gino: impasto a lunga lievitazione 🍕 | Forno a legna, mozzarella di bufala e ingredienti freschi. Ordina online o chiama per l'asporto.

@ vertical=bakeries lang=it
Pasticceria artigianale a Torino | Torte personalizzate per compleanni e cerimonie. Ordina con 48 ore di anticipo.

@ vertical=travel lang=it
Offerte voli per la Sicilia | Confronta i prezzi delle compagnie aeree e prenota senza costi nascosti.
Agriturismo in Toscana da 89 € a notte | Camere con vista sulle colline, colazione inclusa e piscina.

@ vertical=home_services lang=it
Idraulico a Milano, interventi in giornata | Perdite, scarichi intasati e sostituzione rubinetti. Preventivo gratuito.

@ vertical=removals lang=it
Traslochi nazionali e internazionali | Imballaggio, smontaggio mobili e deposito. Sopralluogo gratuito.

@ vertical=language_schools lang=it
Corsi di inglese per adulti | Classi serali in piccoli gruppi a Bologna. Test di livello gratuito.

@ vertical=jobs_recruiting lang=it
Cercasi cameriere/a per la stagione estiva | Ristorante sul lungomare di Rimini, da giugno a settembre. Vitto e alloggio inclusi. Invia il CV.

@ vertical=fitness lang=it
PALESTRA: PRIMO MESE GRATIS |

@ vertical=internet lang=it
Fibra fino a 2,5 Gbit/s a 24,90 €/mese | Attivazione gratuita e modem incluso. Verifica la copertura.

@ vertical=dentists lang=it
Studio dentistico a Roma, prima visita gratuita | Igiene dentale, ortodonzia e controlli per tutta la famiglia. Prenota online.

@ vertical=concerts lang=it
Concerto all'aperto in piazza 🎶 | Sabato 20 luglio alle 21, orchestra giovanile cittadina. Ingresso libero.

@ vertical=nonprofit lang=it
Donare il sangue è semplice | Prenota la tua donazione al centro trasfusionale più vicino. Bastano pochi minuti.

@ vertical=retail_fashion lang=pt
Saldos de verão até 50% | Vestidos, t-shirts e sapatilhas com portes grátis acima de 30 €. Devoluções gratuitas.
NOVA COLEÇÃO JÁ DISPONÍVEL |
Promoção relâmpago: frete grátis para todo o Brasil | Só hoje, em todo o site. Aproveite enquanto durar o estoque!

@ vertical=groceries lang=pt
Compras de supermercado entregues em casa | Encomende até às 13h e receba hoje em Lisboa e no Porto.

@ vertical=bakeries lang=pt
Pastelaria tradicional desde 1950 🥐 | Pastéis de nata acabados de sair do forno todas as manhãs. Venha provar!

@ vertical=restaurants lang=pt
Restaurante de peixe grelhado em Cascais | Peixe fresco do dia e esplanada com vista mar. Reserve a sua mesa.

@ vertical=travel lang=pt
Férias no Algarve a partir de 299 € | 7 noites em apartamento junto à praia. Cancelamento gratuito.
Aluguer de carros no aeroporto de Faro | Sem custos escondidos e com quilometragem ilimitada. Reserve online.

@ vertical=home_services lang=pt
Eletricista certificado em Braga | Reparações, quadros elétricos e iluminação LED. Orçamento gratuito.

@ vertical=online_courses lang=pt
Curso de inglês online com certificado | Aulas ao vivo em pequenos grupos. A primeira aula é grátis.

@ vertical=jobs_recruiting lang=pt
Estamos a contratar: operadores de armazém | Horário diurno e formação inicial incluída. Candidate-se online.

@ vertical=internet lang=pt
Internet fibra 1 Gbps + TV por 34,99 €/mês | Instalação grátis e sem fidelização.

@ vertical=fitness lang=pt
GINÁSIO SEM JOIA DE INSCRIÇÃO |

@ vertical=pets lang=pt
Ração para cães e gatos com entrega grátis 🐶 | Marcas de confiança, entrega em 24h. Subscreva e poupe 10%.

@ vertical=solar lang=pt
Painéis solares para a sua casa | Visita técnica e orçamento gratuitos. Instaladores certificados.

@ vertical=nonprofit lang=pt
Campanha de doação de sangue | Sábado, das 9h às 13h, no centro de saúde. Marque já a sua doação.
"""
